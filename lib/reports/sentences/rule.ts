import type { SentenceContext } from "../context.ts";
import type { ReportSentence } from "../types.ts";

/** Writes the sentences for a few related questions, or nothing when they are not answered. */
export type SentenceRule = (c: SentenceContext) => ReportSentence | ReportSentence[] | null | undefined;

export function runRules(rules: readonly SentenceRule[], c: SentenceContext): ReportSentence[] {
  return rules.flatMap((rule) => {
    const out = rule(c);
    return out ? (Array.isArray(out) ? out : [out]) : [];
  });
}

/** Picks the wording for a yes / no / partly answer; no wording, no sentence. */
export function byAnswer(
  c: SentenceContext,
  code: string,
  words: Partial<Record<"yes" | "no" | "partly", string>>,
  extraCodes: string[] = [],
) {
  const v = c.yn(code);
  const text = v ? words[v] : undefined;
  return text ? c.say(text, [code, ...extraCodes]) : null;
}
