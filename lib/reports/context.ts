import type { LoadedChecklist } from "@/lib/checklist/index.ts";
import type { WholeNumberValue } from "@/lib/checklist/answer-values.ts";
import type { QuestionDefinition } from "@/lib/checklist/types.ts";
import { forceOptions } from "@/lib/checklist/v1/forces.ts";
import type { ReportPeriod, ReportSentence } from "./types.ts";
import { capitalise, listAnd, midSentence } from "./words.ts";

// What a sentence rule may read: only answers to questions that are shown for these answers and
// actually answered. A rule that reads nothing writes nothing, so unanswered questions never
// reach the report.

export type YesNoPartly = "yes" | "no" | "partly";

export type SentenceContext = {
  forceName: string;
  period: ReportPeriod;
  question(code: string): QuestionDefinition | undefined;
  /** The answer, or undefined when the question is hidden or unanswered. */
  get(code: string): unknown;
  choice(code: string): string | undefined;
  yn(code: string): YesNoPartly | undefined;
  count(code: string): WholeNumberValue | undefined;
  many(code: string): string[] | undefined;
  /** Option labels of a choice answer, ready for the middle of a sentence. */
  labels(code: string): string[];
  /** The alliance partners the force named (J4), by full name; undefined if it named none. */
  partners(): { names: string; codes: string[] } | undefined;
  /** A sentence stating the answers to these questions. */
  say(text: string, codes: string[]): ReportSentence;
};

export function sentenceContext(
  checklist: LoadedChecklist,
  answers: Readonly<Record<string, unknown>>,
  forceName: string,
  period: ReportPeriod,
  forceNames: Readonly<Record<string, string>> = {},
): SentenceContext {
  const get = (code: string) => (checklist.isShown(code, answers) ? answers[code] : undefined);
  const str = (code: string) => {
    const v = get(code);
    return typeof v === "string" ? v : undefined;
  };
  const many = (code: string) => {
    const v = get(code);
    return Array.isArray(v) && v.length > 0 ? v.map(String) : undefined;
  };
  const optionLabel = (code: string, value: string) => {
    const q = checklist.questionByCode.get(code);
    return q?.options?.find((o) => o.value === value)?.label ?? value;
  };
  return {
    forceName,
    period,
    question: (code) => checklist.questionByCode.get(code),
    get,
    choice: str,
    yn: (code) => {
      const v = str(code);
      return v === "yes" || v === "no" || v === "partly" ? v : undefined;
    },
    count: (code) => {
      const v = get(code) as WholeNumberValue | undefined;
      return v && typeof v === "object" && typeof v.total === "number" ? v : undefined;
    },
    many,
    labels: (code) => {
      const v = get(code);
      const values = Array.isArray(v) ? v.map(String) : typeof v === "string" ? [v] : [];
      return values.map((value) => midSentence(optionLabel(code, value)));
    },
    partners: () => {
      const slugs = many("J4");
      if (!slugs) return undefined;
      const label = (slug: string) => forceNames[slug] ?? forceOptions.find((o) => o.value === slug)?.label ?? slug;
      return { names: listAnd(slugs.map(label)), codes: ["J4"] };
    },
    say: (text, codes) => ({
      text: capitalise(text),
      codes,
      facts: codes.map((code) => ({ code, value: get(code) })),
    }),
  };
}
