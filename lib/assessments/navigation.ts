import type { SectionDefinition } from "@/lib/checklist/types.ts";
import { applicableQuestions } from "./progress.ts";

// Where "Save and continue" and "Back" go inside a section: only questions that apply now.

export function nextQuestionCode(section: SectionDefinition, answers: Record<string, unknown>, current: string): string | null {
  const list = applicableQuestions(section.questions, answers);
  const i = list.findIndex((q) => q.code === current);
  return list[i + 1]?.code ?? null;
}

export function previousQuestionCode(section: SectionDefinition, answers: Record<string, unknown>, current: string): string | null {
  const list = applicableQuestions(section.questions, answers);
  const i = list.findIndex((q) => q.code === current);
  return i > 0 ? (list[i - 1]?.code ?? null) : null;
}

/** The first applicable question not yet answered, or null when all are. */
export function firstUnanswered(section: SectionDefinition, answers: Record<string, unknown>): string | null {
  return applicableQuestions(section.questions, answers).find((q) => !(q.code in answers))?.code ?? null;
}

export function missingInSection(section: SectionDefinition, answers: Record<string, unknown>) {
  return applicableQuestions(section.questions, answers).filter((q) => q.required && !(q.code in answers));
}
