import { POLICY_STATUSES, type PolicyStatus } from "@/lib/checklist/types.ts";
import type { CountFigure, NumberFigure, PolicyRow } from "./types.ts";

// The figures the 2012 force reports state, added up across forces: totals and medians of the
// counts, and how many forces give each yes. Each figure names the question codes it reads, so a
// change to the checklist shows up here.

type Answers = Readonly<Record<string, unknown>>;

/** A whole-number answer's total, or one of its "of which" parts; undefined when not given. */
export function wholeNumber(answers: Answers, code: string, part?: string): number | undefined {
  const v = answers[code];
  if (typeof v !== "object" || v === null) return undefined;
  const n = part ? (v as { parts?: Record<string, unknown> }).parts?.[part] : (v as { total?: unknown }).total;
  return typeof n === "number" && Number.isFinite(n) ? n : undefined;
}

const is = (answers: Answers, code: string, ...values: string[]) => values.includes(answers[code] as string);

/** Change in anti-corruption staffing since the 2011 inspection (I2 minus I1). */
export function acuChange(answers: Answers): number | undefined {
  const then = wholeNumber(answers, "I1");
  const now = wholeNumber(answers, "I2");
  return then === undefined || now === undefined ? undefined : now - then;
}

type NumberDef = { id: string; label: string; read: (a: Answers) => number | undefined };
type CountDef = { id: string; label: string; test: (a: Answers) => boolean };

export const NUMBER_FIGURES: NumberDef[] = [
  { id: "media-investigations", label: "Investigations into disclosures to the media (C9)", read: (a) => wholeNumber(a, "C9") },
  { id: "media-investigations-ongoing", label: "of which still ongoing (C9)", read: (a) => wholeNumber(a, "C9", "ongoing") },
  { id: "social-media-referrals", label: "Social media cases referred back by the inspectorate's research (D12)", read: (a) => wholeNumber(a, "D12") },
  { id: "second-job-applications", label: "Applications for second jobs and business interests (H7)", read: (a) => wholeNumber(a, "H7") },
  { id: "second-job-approvals", label: "of which approved (H7)", read: (a) => wholeNumber(a, "H7", "approved") },
  { id: "second-job-refusals", label: "of which refused (H7)", read: (a) => wholeNumber(a, "H7", "refused") },
  { id: "conduct-investigations", label: "Conduct investigations in the areas the checklist covers (I4)", read: (a) => wholeNumber(a, "I4") },
  { id: "card-misuse", label: "Suspected misuse of corporate credit cards or expenses investigated (G4)", read: (a) => wholeNumber(a, "G4") },
  { id: "acu-staff-2011", label: "Anti-corruption unit staff at the 2011 inspection (I1)", read: (a) => wholeNumber(a, "I1") },
  { id: "acu-staff-now", label: "Anti-corruption unit staff now (I2)", read: (a) => wholeNumber(a, "I2") },
  { id: "acu-staff-change", label: "Change in anti-corruption unit staff since 2011 (I2 minus I1)", read: acuChange },
];

export const COUNT_FIGURES: CountDef[] = [
  { id: "health-check", label: "Have carried out a health check against the 2011 recommendations (A1)", test: (a) => is(a, "A1", "yes") },
  { id: "action-plan", label: "Agreed actions to deal with the risks the health check found (A5)", test: (a) => is(a, "A5", "yes") },
  {
    id: "central-register",
    label: "Keep one electronic gifts and hospitality register, overseen by the head of professional standards (E4 to E6)",
    test: (a) => is(a, "E4", "yes") && is(a, "E5", "yes") && is(a, "E6", "yes"),
  },
  { id: "registers-cross-checked", label: "Check procurement registers against the gifts and hospitality register (F1)", test: (a) => is(a, "F1", "yes") },
  { id: "suppliers-not-checked", label: "Do not check suppliers against staff business interests (F5)", test: (a) => is(a, "F5", "no") },
  { id: "social-media-monitoring", label: "Can monitor social media beyond the force's own accounts (D10)", test: (a) => is(a, "D10", "yes") },
  { id: "proactive-anti-corruption", label: "Look for signs of corruption proactively (I3)", test: (a) => is(a, "I3", "yes") },
  { id: "acu-grown", label: "Have more anti-corruption unit staff than in 2011 (I1, I2)", test: (a) => (acuChange(a) ?? 0) > 0 },
  { id: "acu-shrunk", label: "Have fewer anti-corruption unit staff than in 2011 (I1, I2)", test: (a) => (acuChange(a) ?? 0) < 0 },
  { id: "integrity-training", label: "Have given officers and staff integrity training or guidance since 2011 (K1)", test: (a) => is(a, "K1", "yes") },
];

/** The four policies the 2011 report found lacking, by the question that gives each one's status. */
export const POLICIES: { code: string; label: string }[] = [
  { code: "C2", label: "Media relationships" },
  { code: "E1", label: "Gifts and hospitality" },
  { code: "D1", label: "Social media" },
  { code: "H1", label: "Second jobs and business interests" },
];

const UPDATED: readonly PolicyStatus[] = ["updated_communicated", "updated_not_communicated"];

/** The middle value (the mean of the two middle values for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function numberFigures(answerSets: readonly Answers[], published: Readonly<Record<string, string>> = {}): NumberFigure[] {
  return NUMBER_FIGURES.map(({ id, label, read }) => {
    const values = answerSets.map(read).filter((n): n is number => n !== undefined);
    return { kind: "number", id, label, total: values.reduce((s, n) => s + n, 0), median: median(values), forces: values.length, published: published[id] ?? null };
  });
}

export function countFigures(answerSets: readonly Answers[], published: Readonly<Record<string, string>> = {}): CountFigure[] {
  return COUNT_FIGURES.map(({ id, label, test }) => ({
    kind: "count",
    id,
    label,
    forces: answerSets.filter(test).length,
    of: answerSets.length,
    published: published[id] ?? null,
  }));
}

export function policyRows(answerSets: readonly Answers[]): PolicyRow[] {
  return POLICIES.map(({ code, label }) => {
    const counts = Object.fromEntries(POLICY_STATUSES.map((s) => [s, answerSets.filter((a) => a[code] === s).length]));
    const answered = POLICY_STATUSES.reduce((n, s) => n + counts[s]!, 0);
    return { code, label, counts, updated: UPDATED.reduce((n, s) => n + counts[s]!, 0), notAnswered: answerSets.length - answered };
  });
}
