import { isFollowUpShown } from "./answer-values";
import { validateDefinition } from "./definition-schema";
import type { ChecklistDefinition, FollowUp, QuestionDefinition, SectionDefinition } from "./types";
import { checklistV1 } from "./v1";

// Safe for client components: no server-only imports and no node:crypto (see hash.ts).

export type ParentLink = { parent: QuestionDefinition; followUp: FollowUp };

export type LoadedChecklist = {
  definition: ChecklistDefinition;
  questionByCode: ReadonlyMap<string, QuestionDefinition>;
  sectionByCode: ReadonlyMap<string, SectionDefinition>;
  sectionOfQuestion: ReadonlyMap<string, SectionDefinition>;
  /** For each follow-up question, the question and condition that reveal it. */
  parentOf: ReadonlyMap<string, ParentLink>;
  /** Whether a question is shown for these answers: its parent chain must all be shown and matched. */
  isShown: (code: string, answers: Readonly<Record<string, unknown>>) => boolean;
};

export function loadChecklist(def: unknown): LoadedChecklist {
  const definition = validateDefinition(def);
  const questionByCode = new Map<string, QuestionDefinition>();
  const sectionByCode = new Map<string, SectionDefinition>();
  const sectionOfQuestion = new Map<string, SectionDefinition>();
  const parentOf = new Map<string, ParentLink>();
  for (const section of definition.sections) {
    sectionByCode.set(section.code, section);
    for (const q of section.questions) {
      questionByCode.set(q.code, q);
      sectionOfQuestion.set(q.code, section);
      for (const followUp of q.followUps ?? []) {
        for (const child of followUp.show) parentOf.set(child, { parent: q, followUp });
      }
    }
  }
  // Validation guarantees parents come first and no cycles, so this recursion ends.
  const isShown = (code: string, answers: Readonly<Record<string, unknown>>): boolean => {
    if (!questionByCode.has(code)) return false;
    const link = parentOf.get(code);
    if (!link) return true;
    return (
      isShown(link.parent.code, answers) && isFollowUpShown(link.parent, answers[link.parent.code], link.followUp)
    );
  };
  return { definition, questionByCode, sectionByCode, sectionOfQuestion, parentOf, isShown };
}

export const currentChecklist = loadChecklist(checklistV1);
