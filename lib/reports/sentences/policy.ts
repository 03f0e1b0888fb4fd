import type { SentenceContext } from "../context.ts";
import { dayText } from "../period.ts";
import type { ReportSentence } from "../types.ts";

// One sentence for a policy's status, with its publication date or expected date when answered.

export type PolicyQuestions = {
  status: string;
  /** When it was published (shown for updated policies). */
  published?: string;
  /** When the force expects to publish it (shown for policies under review or not started). */
  expected?: string;
};

/** alsoStates: answered questions the name comes from (e.g. C1, policy or guidance). */
export function policySentence(c: SentenceContext, name: string, q: PolicyQuestions, alsoStates: string[] = []): ReportSentence | null {
  const status = c.choice(q.status);
  const published = q.published ? c.choice(q.published) : undefined;
  const expected = q.expected ? c.choice(q.expected) : undefined;
  const codes = (date?: string, dateCode?: string) => [...alsoStates, q.status, ...(date && dateCode ? [dateCode] : [])];
  const on = published ? `, and was published on ${dayText(published)}` : "";
  const by = expected ? `, and the force expects to publish the update by ${dayText(expected)}` : "";
  switch (status) {
    case "updated_communicated":
      return c.say(`the force's ${name} has been updated and communicated to officers and staff${on}.`, codes(published, q.published));
    case "updated_not_communicated":
      return c.say(`the force's ${name} has been updated${on}, but officers and staff have not yet been told about it.`, codes(published, q.published));
    case "under_review":
      return c.say(`the force's ${name} is under review${by}.`, codes(expected, q.expected));
    case "not_started":
      return c.say(
        `the force has not yet started to review its ${name}${expected ? `, but expects to publish an update by ${dayText(expected)}` : ""}.`,
        codes(expected, q.expected),
      );
    default:
      return null;
  }
}
