import type { Recommendation } from "../types";

// The themes of "Without Fear or Favour" (HMIC, December 2011) that each question cites,
// summarised in our own words so users can see why a question is asked.
export const recommendations: Recommendation[] = [
  {
    id: "R-HEALTH-CHECK",
    title: "Integrity health check and action plan",
    summary:
      "Forces and their oversight bodies should check themselves against the report's self-assessment questions, then agree and track actions to close the gaps they find.",
  },
  {
    id: "R-NATIONAL-GUIDANCE",
    title: "Consistent national standards",
    summary:
      "Forces should base their integrity policies on national guidance, so that officers and staff everywhere work to the same clear rules.",
  },
  {
    id: "R-LEADERSHIP",
    title: "Chief officer leadership",
    summary:
      "Chief officers should set the tone on integrity, tell staff clearly what is expected of them and be open about their own interests and hospitality.",
  },
  {
    id: "R-MEDIA",
    title: "Relationships with the media",
    summary:
      "Forces need clear rules on contact with journalists, so that dealings with the media are open, recorded and in the public interest.",
  },
  {
    id: "R-LEAKS",
    title: "Unauthorised disclosure of information",
    summary:
      "Forces should watch for signs that information has been leaked, and investigate suspected leaks properly.",
  },
  {
    id: "R-SOCIAL-MEDIA",
    title: "Use of social media",
    summary:
      "Forces should tell officers and staff how to behave on social networking sites, on and off duty, and be able to spot behaviour that could harm trust in the police.",
  },
  {
    id: "R-GIFTS",
    title: "Gifts, gratuities and hospitality",
    summary:
      "Forces should have clear rules on accepting gifts and hospitality, and keep a register that is easy to check and is overseen independently of the people declaring.",
  },
  {
    id: "R-PROCUREMENT",
    title: "Procurement and contracts",
    summary:
      "Forces should check that suppliers have not tried to win influence through hospitality, and that they are not paying companies run by their own staff without knowing it.",
  },
  {
    id: "R-EXPENSES",
    title: "Corporate credit cards and expenses",
    summary:
      "Forces should control the use of corporate credit cards and expenses, with independent checks of spending.",
  },
  {
    id: "R-SECOND-JOBS",
    title: "Second jobs and business interests",
    summary:
      "Forces should be clear about which second jobs and business interests are acceptable, and decide applications consistently.",
  },
  {
    id: "R-ANTI-CORRUPTION",
    title: "Identifying, monitoring and managing integrity risks",
    summary:
      "Forces need enough anti-corruption capability to find integrity problems early, rather than only reacting to complaints.",
  },
  {
    id: "R-OVERSIGHT",
    title: "Oversight by police authorities and commissioners",
    summary:
      "Police authorities, and the police and crime commissioners who replace them, should hold forces to account on integrity and scrutinise chief officers.",
  },
  {
    id: "R-TRAINING",
    title: "Training and awareness",
    summary:
      "Officers and staff should get training and guidance on integrity, focused on the areas of greatest risk.",
  },
];
