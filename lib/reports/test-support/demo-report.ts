import { currentChecklist } from "@/lib/checklist/index.ts";
import { demoAnswersBySlug } from "@/prisma/seed/demo-answers/index.ts";
import { CYCLE_2012 } from "@/prisma/seed/demo.ts";
import { FORCES } from "@/prisma/seed/forces.ts";
import { buildForceReport } from "../build.ts";
import type { ForceReport, ReportInput } from "../types.ts";

// Builds reports from the demo data as the app would, for tests.

export const FORCE_NAMES: Record<string, string> = Object.fromEntries(FORCES.map((f) => [f.slug, f.name]));

export function demoAnswers(slug: string): Record<string, unknown> {
  const demo = demoAnswersBySlug[slug];
  if (!demo) throw new Error(`No demo answers for ${slug}`);
  return { ...demo.answers };
}

export const CYCLE_2012_INPUT = {
  name: CYCLE_2012.name,
  periodStart: new Date(`${CYCLE_2012.periodStart}T00:00:00Z`),
  periodEnd: new Date(`${CYCLE_2012.periodEnd}T00:00:00Z`),
};

export function reportFor(slug: string, overrides: Partial<ReportInput> = {}): ForceReport {
  const force = FORCES.find((f) => f.slug === slug);
  if (!force) throw new Error(`Unknown force ${slug}`);
  return buildForceReport({
    checklist: currentChecklist,
    force,
    cycle: CYCLE_2012_INPUT,
    status: "SUBMITTED",
    forceNames: FORCE_NAMES,
    ...overrides,
    answers: overrides.answers ?? demoAnswers(slug),
  });
}

/** The findings stating a question's answer (next steps repeat some dates: see nextStepsFor). */
export function sentencesFor(report: ForceReport, code: string) {
  return report.findings.flatMap((g) => g.sentences).filter((s) => s.codes.includes(code));
}

export function nextStepsFor(report: ForceReport, code: string): string[] {
  return report.nextSteps.filter((s) => s.codes.includes(code)).map((s) => s.text);
}

/** The one sentence stating a question's answer (fails the test if there is not exactly one). */
export function sentenceFor(report: ForceReport, code: string): string {
  const found = sentencesFor(report, code);
  if (found.length !== 1) throw new Error(`${code}: expected one sentence, found ${found.length}: ${found.map((s) => s.text).join(" | ")}`);
  return found[0]!.text;
}
