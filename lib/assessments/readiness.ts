import type { ChecklistDefinition } from "@/lib/checklist/types.ts";
import { applicableQuestions } from "./progress.ts";

// What stops a health check going to the chief officer: required questions that apply (given
// the answers so far, so follow-ups count only when shown) and have no answer.

export type MissingQuestion = { sectionCode: string; sectionTitle: string; code: string; prompt: string };

/** In checklist order. An answer counts once it is stored (clearing an answer deletes it). */
export function missingRequiredQuestions(definition: ChecklistDefinition, answers: Readonly<Record<string, unknown>>): MissingQuestion[] {
  return definition.sections.flatMap((s) =>
    applicableQuestions(s.questions, answers)
      .filter((q) => q.required && !(q.code in answers))
      .map((q) => ({ sectionCode: s.code, sectionTitle: s.title, code: q.code, prompt: q.prompt })),
  );
}

/** The missing questions grouped by section, keeping checklist order. */
export function groupBySection(missing: readonly MissingQuestion[]): { code: string; title: string; questions: MissingQuestion[] }[] {
  const groups: { code: string; title: string; questions: MissingQuestion[] }[] = [];
  for (const m of missing) {
    const last = groups.at(-1);
    if (last && last.code === m.sectionCode) last.questions.push(m);
    else groups.push({ code: m.sectionCode, title: m.sectionTitle, questions: [m] });
  }
  return groups;
}
