import type { SectionDefinition } from "../types";

export const sectionB: SectionDefinition = {
  code: "B",
  title: "Leadership and communication",
  summary:
    "How chief officers lead on integrity: who is accountable, how they tell staff what is expected, and whether they are open about their own interests.",
  questions: [
    {
      code: "B1",
      prompt: "Which chief officer leads on integrity?",
      hint: "Choose the chief officer who is accountable for integrity across the whole force.",
      type: "choice",
      required: true,
      cites: "R-LEADERSHIP",
      reportHeading: "identify_monitor_manage",
      options: [
        { value: "chief_constable", label: "Chief constable" },
        { value: "deputy_chief_constable", label: "Deputy chief constable" },
        { value: "assistant_chief_constable", label: "Assistant chief constable" },
        {
          value: "police_staff_chief_officer",
          label: "A police staff chief officer",
          hint: "For example, a director of resources.",
        },
        { value: "none", label: "No chief officer has been named as the lead" },
      ],
    },
    {
      code: "B2",
      prompt: "Do chief officers speak and write to staff regularly about the force's values and integrity?",
      hint: "Think about messages since 2011, for example on the intranet, in briefings, newsletters or roadshows. Answer partly if this happens only now and then, or only some chief officers take part.",
      type: "yes_no_partly",
      required: true,
      cites: "R-LEADERSHIP",
      reportHeading: "identify_monitor_manage",
    },
    {
      code: "B3",
      prompt: "Does the force publish chief officers' own gifts, hospitality and business interests?",
      hint: "Answer partly if only some of these are published, or only for some chief officers.",
      type: "yes_no_partly",
      required: true,
      cites: "R-LEADERSHIP",
      reportHeading: "identify_monitor_manage",
    },
    {
      code: "B4",
      prompt: "Can staff report concerns about integrity in confidence?",
      hint: "For example, through a confidential phone line or an online reporting system.",
      type: "yes_no",
      required: true,
      cites: "R-LEADERSHIP",
      reportHeading: "not_reported",
    },
    {
      code: "B5",
      prompt: "Is there anything else about leadership and communication that the inspectorate should know?",
      type: "text",
      required: false,
      cites: "R-LEADERSHIP",
      reportHeading: "identify_monitor_manage",
    },
  ],
};
