import type { ChecklistDefinition, QuestionDefinition } from "@/lib/checklist/types.ts";
import { isFollowUpShown } from "@/lib/checklist/answer-values.ts";

// Progress and section status are always derived from the answers, never stored.

export type SectionStatus = "NOT_STARTED" | "IN_PROGRESS" | "COMPLETED";
export const SECTION_STATUS_LABELS: Record<SectionStatus, string> = {
  NOT_STARTED: "Not started",
  IN_PROGRESS: "In progress",
  COMPLETED: "Completed",
};

export type Progress = {
  sectionsCompleted: number;
  sectionsTotal: number;
  requiredAnswered: number;
  requiredTotal: number;
  sections: { code: string; title: string; status: SectionStatus; requiredAnswered: number; requiredTotal: number }[];
};

/**
 * Questions that apply given the answers so far: a follow-up only when a visible parent's
 * condition holds. One forward pass works because follow-ups always come after their parent.
 */
export function applicableQuestions(questions: QuestionDefinition[], answers: Record<string, unknown>): QuestionDefinition[] {
  const followUps = new Set(questions.flatMap((q) => (q.followUps ?? []).flatMap((f) => f.show)));
  const shown = new Set<string>();
  const result: QuestionDefinition[] = [];
  for (const q of questions) {
    if (followUps.has(q.code) && !shown.has(q.code)) continue;
    result.push(q);
    if (!(q.code in answers)) continue;
    for (const f of q.followUps ?? []) if (isFollowUpShown(q, answers[q.code], f)) f.show.forEach((c) => shown.add(c));
  }
  return result;
}

export function computeProgress(
  definition: ChecklistDefinition,
  answers: Record<string, unknown>,
  completedSections: ReadonlySet<string>,
): Progress {
  const sections = definition.sections.map((s) => {
    const applicable = applicableQuestions(s.questions, answers);
    const required = applicable.filter((q) => q.required);
    const requiredAnswered = required.filter((q) => q.code in answers).length;
    const anyAnswered = s.questions.some((q) => q.code in answers);
    // A completed mark only counts while every required question that applies is still answered.
    const complete = completedSections.has(s.code) && requiredAnswered === required.length;
    const status: SectionStatus = complete ? "COMPLETED" : anyAnswered ? "IN_PROGRESS" : "NOT_STARTED";
    return { code: s.code, title: s.title, status, requiredAnswered, requiredTotal: required.length };
  });
  return {
    sectionsCompleted: sections.filter((s) => s.status === "COMPLETED").length,
    sectionsTotal: sections.length,
    requiredAnswered: sections.reduce((n, s) => n + s.requiredAnswered, 0),
    requiredTotal: sections.reduce((n, s) => n + s.requiredTotal, 0),
    sections,
  };
}
