import { reportSentences } from "./build.ts";
import type { ReportView, StatedFact } from "./types.ts";

// The report for the JSON API: the whole model with dates as ISO strings, plus every answer it
// states, once each, so a client can check a sentence against the facts behind it.

export function reportJson(report: ReportView) {
  const facts = new Map<string, StatedFact>();
  for (const s of reportSentences(report)) for (const f of s.facts) if (!facts.has(f.code)) facts.set(f.code, f);
  const { generatedAt, ...rest } = report;
  return { ...rest, generatedAt: generatedAt.toISOString(), facts: [...facts.values()] };
}
