import type { LoadedChecklist } from "@/lib/checklist/index.ts";
import { formatAnswer } from "@/lib/checklist/format-answer.ts";
import type { Priority } from "./filters.ts";
import type { SuggestedAction } from "./types.ts";

// Answers that show a gap become suggested actions PSD can accept, edit or dismiss. A rule per
// question, because "no" is a gap for "Is the register electronic?" but not for "Is the force in
// an alliance?". Only questions shown for the answers given count (a hidden follow-up says nothing).

type Rule = {
  /** Answer values that show the gap, or a test of the value (and the other answers). */
  when: readonly string[] | ((value: unknown, answers: Readonly<Record<string, unknown>>) => boolean);
  title: string;
  description: string;
  priority: Priority;
};

const NO = ["no"] as const;
const NO_PARTLY = ["no", "partly"] as const;
const POLICY_GAP = ["under_review", "not_started"] as const;
const total = (v: unknown) => (typeof v === "object" && v !== null && typeof (v as { total?: unknown }).total === "number" ? (v as { total: number }).total : null);

const policy = (name: string): Rule => ({
  when: POLICY_GAP,
  title: `Finish and publish the ${name} policy`,
  description: `Agree the revised ${name} policy, publish it and tell officers and staff what has changed and what is expected of them.`,
  priority: "HIGH",
});

export const SUGGESTION_RULES: Readonly<Record<string, Rule>> = {
  A1: { when: NO_PARTLY, title: "Complete the integrity health check", description: "Finish the self-assessment against every 2011 recommendation and record who led it and who signed it off.", priority: "HIGH" },
  A5: { when: NO, title: "Agree actions for the risks the health check found", description: "Turn each risk the health check found into an action with an owner and a due date.", priority: "HIGH" },
  A7: { when: NO, title: "Track progress on the integrity action plan", description: "Review the action plan at a regular meeting chaired by a chief officer, such as an integrity board, and record progress.", priority: "MEDIUM" },
  A8: { when: NO_PARTLY, title: "Review the policies on all four risk areas", description: "Review the media, gifts and hospitality, second jobs and social media policies against the 2011 recommendations.", priority: "HIGH" },
  A9: { when: NO_PARTLY, title: "Tell staff about the policy changes", description: "Plan how every officer and member of staff will hear about the revised policies, and check that they have.", priority: "MEDIUM" },
  A10: { when: NO, title: "Compare the policies with national guidance", description: "Check each revised policy against the current national guidance and record any differences and why.", priority: "LOW" },
  B1: { when: ["none"], title: "Name a chief officer lead for integrity", description: "Agree which chief officer leads on integrity and make that known across the force.", priority: "HIGH" },
  B2: { when: NO_PARTLY, title: "Plan regular messages from chief officers on integrity", description: "Set out how and how often chief officers will speak and write to staff about the force's values and expected behaviour.", priority: "MEDIUM" },
  B3: { when: NO_PARTLY, title: "Publish chief officers' registers", description: "Publish chief officers' gifts, hospitality and business interests, and arrange for them to be checked independently.", priority: "MEDIUM" },
  B4: { when: NO, title: "Give staff a confidential way to report concerns", description: "Set up a confidential reporting line for integrity concerns and tell staff how to use it.", priority: "HIGH" },
  C1: { when: ["none"], title: "Write guidance on relationships with the media", description: "Agree written guidance on contact with journalists, in line with national guidance.", priority: "HIGH" },
  C2: policy("media"),
  C5: { when: NO, title: "Bring the media policy in line with national guidance", description: "Compare the media policy with the national guidance on relationships with the media and close any gaps.", priority: "MEDIUM" },
  C6: { when: NO_PARTLY, title: "Require staff to consult the press office about media contact", description: "Make consulting the press office about contacts with the media a clear requirement, and say when it applies.", priority: "MEDIUM" },
  C7: { when: NO_PARTLY, title: "Record contacts with the media", description: "Require officers and staff to record their contacts with the media, and check the records are kept.", priority: "MEDIUM" },
  C8: { when: NO_PARTLY, title: "Raise awareness of the rules on media contact", description: "Remind officers and staff of the rules on contact with the media and check that the message has reached them.", priority: "MEDIUM" },
  C10: { when: NO_PARTLY, title: "Monitor the media for leaked information", description: "Agree who checks local and national media for signs of leaks, how often, and where concerns go.", priority: "MEDIUM" },
  D1: policy("social media"),
  D4: { when: NO, title: "Issue interim guidance on social media", description: "Give staff interim guidance on using social media until the new policy is published.", priority: "HIGH" },
  D6: { when: NO_PARTLY, title: "Cover off-duty behaviour online in the social media policy", description: "Say in the policy how officers and staff should behave online when they are off duty.", priority: "MEDIUM" },
  D7: { when: NO, title: "Add advice on police social media accounts", description: "Add advice to the policy on setting up and running police accounts and networks on social media.", priority: "LOW" },
  D8: { when: NO_PARTLY, title: "Check the force's own social media accounts regularly", description: "Agree who checks the force's social media accounts for misuse, and how often.", priority: "MEDIUM" },
  D10: { when: NO_PARTLY, title: "Build the capability to monitor social media more widely", description: "Find a way, alone or with partners, to look beyond the force's own accounts for misuse of social media by staff.", priority: "MEDIUM" },
  E1: policy("gifts and hospitality"),
  E4: { when: NO, title: "Keep a single force-wide gifts and hospitality register", description: "Bring every record of gifts and hospitality into one register for the whole force.", priority: "HIGH" },
  E5: { when: NO, title: "Keep the gifts and hospitality register electronically", description: "Move the register to an electronic system so it can be searched and checked against other records.", priority: "MEDIUM" },
  E6: { when: NO, title: "Give the head of professional standards oversight of the register", description: "Make the head of professional standards responsible for overseeing the gifts and hospitality register.", priority: "MEDIUM" },
  F1: { when: NO_PARTLY, title: "Cross-check procurement registers with the gifts and hospitality register", description: "Check contract and procurement registers against the gifts and hospitality register regularly, to spot suppliers that offer hospitality and then win work.", priority: "HIGH" },
  F5: { when: NO_PARTLY, title: "Check suppliers against staff business interests", description: "Check every supplier against the register of officers' and staff's business interests before paying them.", priority: "HIGH" },
  F6: { when: NO_PARTLY, title: "Tighten controls on low-value spending", description: "Review controls on purchases of about £5,000 or less and check that they are followed.", priority: "MEDIUM" },
  G1: policy("corporate credit cards and expenses"),
  G3: { when: NO_PARTLY, title: "Review every corporate credit card statement independently", description: "Make sure someone other than the cardholder reviews each corporate credit card statement.", priority: "MEDIUM" },
  H1: policy("second jobs and business interests"),
  H4: { when: NO, title: "Explain clearly how to apply for a second job", description: "Set out in the policy how to apply, who decides and how long it takes.", priority: "LOW" },
  H5: { when: ["line_manager_only"], title: "Involve professional standards in second job decisions", description: "Send applications for second jobs and business interests to professional standards as well as the line manager before a decision.", priority: "MEDIUM" },
  I2: {
    // The unit shrank since the 2011 inspection.
    when: (v, answers) => {
      const now = total(v);
      const then = total(answers.I1);
      return now !== null && then !== null && now < then;
    },
    title: "Review the anti-corruption unit's capacity",
    description: "Check that the anti-corruption unit has the people it needs now that it is smaller than at the 2011 inspection.",
    priority: "MEDIUM",
  },
  I3: { when: NO_PARTLY, title: "Look for signs of corruption proactively", description: "Develop proactive intelligence work on corruption, including checks on the use of IT systems.", priority: "HIGH" },
  J1: { when: NO_PARTLY, title: "Agree how the police and crime commissioner will oversee integrity", description: "Agree with the police and crime commissioner how integrity will be reported and scrutinised.", priority: "MEDIUM" },
  J2: { when: NO, title: "Set up independent scrutiny of integrity", description: "Set up an ethics, integrity or audit committee with independent members, or give an existing one this remit.", priority: "LOW" },
  K1: { when: NO_PARTLY, title: "Train officers and staff on integrity", description: "Give officers and staff training or guidance on the integrity risk areas.", priority: "MEDIUM" },
  K3: {
    when: (v) => {
      const pct = total(v);
      return pct !== null && pct < 75;
    },
    title: "Reach more officers and staff with integrity training",
    description: "Plan how the remaining officers and staff will complete the integrity training, and by when.",
    priority: "LOW",
  },
};

function isGap(rule: Rule, value: unknown, answers: Readonly<Record<string, unknown>>): boolean {
  if (value === undefined || value === null) return false;
  return typeof rule.when === "function" ? rule.when(value, answers) : typeof value === "string" && rule.when.includes(value);
}

/**
 * The suggested actions an assessment's answers call for, in checklist order, leaving out
 * questions that already have an action linked or whose suggestion was dismissed.
 */
export function suggestActions(
  checklist: LoadedChecklist,
  answers: Readonly<Record<string, unknown>>,
  exclude: { actioned: Iterable<string>; dismissed: Iterable<string> } = { actioned: [], dismissed: [] },
): SuggestedAction[] {
  const skip = new Set([...exclude.actioned, ...exclude.dismissed]);
  const out: SuggestedAction[] = [];
  for (const section of checklist.definition.sections) {
    for (const q of section.questions) {
      const rule = SUGGESTION_RULES[q.code];
      if (!rule || skip.has(q.code) || !checklist.isShown(q.code, answers)) continue;
      const value = answers[q.code];
      if (!isGap(rule, value, answers)) continue;
      out.push({
        questionCode: q.code,
        sectionCode: section.code,
        title: rule.title,
        description: rule.description,
        priority: rule.priority,
        reason: `${q.prompt} Answer: ${formatAnswer(q, value)}`,
      });
    }
  }
  return out;
}
