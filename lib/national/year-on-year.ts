import type { AssessmentStatus } from "@/lib/auth/permissions.ts";
import type { ChecklistDefinition } from "@/lib/checklist/types.ts";
import { diffAnswers, type AnswerChange } from "@/lib/review/diff.ts";
import { JUDGEMENT_LABELS, JUDGEMENTS, type Judgement } from "@/lib/review/judgements.ts";
import { headline, NOT_JUDGED } from "./model.ts";
import type { AssessmentHeadline, ForceInfo } from "./types.ts";

// Year on year: one force's assessments of two cycles side by side — every answer that changed,
// as people read it, and how the inspectorate's judgements moved, overall and per section.

export type YearOnYearInput = {
  id: string;
  reference: string;
  status: AssessmentStatus;
  judgement: Judgement | null;
  cycle: { slug: string; name: string; periodStart: Date; periodEnd: Date };
  sections: { code: string; judgement: Judgement | null }[];
  answers: Record<string, unknown>;
  definition: ChecklistDefinition;
};

export type JudgementChange = "improved" | "declined" | "unchanged" | "not-comparable";

export const JUDGEMENT_CHANGE_LABELS: Record<JudgementChange, string> = {
  improved: "Improved",
  declined: "Declined",
  unchanged: "No change",
  "not-comparable": "Cannot compare",
};

export type AssessmentBrief = AssessmentHeadline & { cycle: YearOnYearInput["cycle"] };

export type JudgementMove = { before: Judgement | null; after: Judgement | null; beforeText: string; afterText: string; change: JudgementChange };

export type SectionComparison = { code: string; title: string; judgement: JudgementMove; changes: AnswerChange[]; unchanged: number };

export type YearOnYear = {
  force: ForceInfo;
  /** Newest first. */
  assessments: AssessmentBrief[];
  comparison: null | { from: AssessmentBrief; to: AssessmentBrief; judgement: JudgementMove; sections: SectionComparison[]; changed: number; unchanged: number };
};

// Higher is better, in the order the scale is defined (good, some, limited).
const rank = (j: Judgement) => JUDGEMENTS.length - JUDGEMENTS.indexOf(j);

export function judgementMove(before: Judgement | null, after: Judgement | null): JudgementMove {
  const change: JudgementChange =
    !before || !after ? "not-comparable" : rank(after) > rank(before) ? "improved" : rank(after) < rank(before) ? "declined" : "unchanged";
  const text = (j: Judgement | null) => (j ? JUDGEMENT_LABELS[j] : NOT_JUDGED);
  return { before, after, beforeText: text(before), afterText: text(after), change };
}

const brief = (a: YearOnYearInput): AssessmentBrief => ({ ...headline(a), cycle: a.cycle });

/** The pair to compare: the chosen cycles when they make sense, else the newest and the one before it. */
export function choosePair<T extends { cycle: { slug: string } }>(oldestFirst: readonly T[], choice: { from?: string; to?: string }): [T, T] | null {
  if (oldestFirst.length < 2) return null;
  const at = (slug?: string) => oldestFirst.findIndex((a) => a.cycle.slug === slug);
  let to = at(choice.to);
  if (to < 1) to = oldestFirst.length - 1;
  let from = at(choice.from);
  if (from < 0 || from >= to) from = to - 1;
  return [oldestFirst[from]!, oldestFirst[to]!];
}

export function buildYearOnYear(force: ForceInfo, oldestFirst: readonly YearOnYearInput[], choice: { from?: string; to?: string } = {}): YearOnYear {
  const assessments = oldestFirst.map(brief).reverse();
  const pair = choosePair(oldestFirst, choice);
  if (!pair) return { force, assessments, comparison: null };
  const [from, to] = pair;
  // The later assessment's checklist frames the comparison; diffAnswers ignores codes it does not know.
  const changes = diffAnswers(to.definition, from.answers, to.answers);
  const judgementOf = (a: YearOnYearInput, code: string) => a.sections.find((s) => s.code === code)?.judgement ?? null;
  const changed = new Set(changes.map((c) => c.code));
  const sections = to.definition.sections.map((s) => {
    // Answered in both cycles and not among the changes: the same answer both times.
    const unchanged = s.questions.filter((q) => q.code in from.answers && q.code in to.answers && !changed.has(q.code)).length;
    return {
      code: s.code,
      title: s.title,
      judgement: judgementMove(judgementOf(from, s.code), judgementOf(to, s.code)),
      changes: changes.filter((c) => c.sectionCode === s.code),
      unchanged,
    };
  });
  return {
    force,
    assessments,
    comparison: {
      from: brief(from),
      to: brief(to),
      judgement: judgementMove(from.judgement, to.judgement),
      sections,
      changed: changes.length,
      unchanged: sections.reduce((n, s) => n + s.unchanged, 0),
    },
  };
}
