import { agree, countOf, numberInWords, ofWhich } from "../words.ts";
import { policySentence } from "./policy.ts";
import { byAnswer, type SentenceRule } from "./rule.ts";

// Second jobs and business interests (section H).

const ROUTE: Record<string, string> = {
  line_manager_psd_dcc:
    "applications for second jobs go through the applicant's line manager or head of department to the professional standards department for review, before the deputy chief constable makes the final decision.",
  line_manager_hr: "applications for second jobs go to the applicant's line manager, and human resources then decides them.",
  line_manager_only: "the applicant's line manager decides applications for second jobs.",
  other: "the force decides applications for second jobs through a route of its own.",
};

export const secondJobsSentences: SentenceRule[] = [
  (c) => policySentence(c, "policy on second jobs and business interests", { status: "H1", published: "H2", expected: "H3" }),
  (c) =>
    byAnswer(c, "H4", {
      yes: "the policy on second jobs sets out a clear process for applying.",
      no: "the policy on second jobs does not explain clearly how to apply.",
    }),
  (c) => {
    const route = c.choice("H5");
    return route && ROUTE[route] ? c.say(ROUTE[route], ["H5"]) : null;
  },
  (c) =>
    byAnswer(c, "H6", {
      yes: "police officers and police staff apply through the same route.",
      no: "police officers and police staff apply through different routes.",
    }),
  (c) => {
    const n = c.count("H7");
    if (!n) return null;
    if (n.total === 0) return c.say(`${c.period.between} the force did not receive any applications for second jobs.`, ["H7"]);
    const received = `${c.period.between} the force received ${countOf(n.total, "application for a second job", "applications for second jobs")}`;
    const approved = n.parts?.approved;
    const refused = n.parts?.refused;
    if (approved !== undefined && refused !== undefined) {
      const were = (k: number, what: string) => `${numberInWords(k)} ${agree(k, "was", "were")} ${what}`;
      return c.say(`${received}: ${were(approved, "approved")} and ${were(refused, "refused")}.`, ["H7"]);
    }
    if (approved !== undefined) return c.say(`${received}, ${ofWhich(approved, n.total, "approved")}.`, ["H7"]);
    if (refused !== undefined) return c.say(`${received}, ${ofWhich(refused, n.total, "refused")}.`, ["H7"]);
    return c.say(`${received}.`, ["H7"]);
  },
];
