import { JUDGEMENT_LABELS, JUDGEMENT_RAG } from "@/lib/review/judgements.ts";
import type { Judgement, JudgementView } from "./types.ts";

// The judgement as the report shows it, and the headline that follows from it.

export function judgementView(value: Judgement): JudgementView {
  return { value, label: JUDGEMENT_LABELS[value], rag: JUDGEMENT_RAG[value] };
}

const HEADLINE: Record<Judgement, (force: string) => string> = {
  GOOD_PROGRESS: (f) => `${f} has made good progress in how it identifies, monitors and manages integrity issues`,
  SOME_PROGRESS: (f) => `${f} has made some improvements to how it identifies, monitors and manages integrity issues`,
  LIMITED_PROGRESS: (f) => `${f} has made limited progress in how it identifies, monitors and manages integrity issues`,
};

/** The report's headline; before the inspectorate's judgement it only says what the report covers. */
export function headline(forceName: string, cycleName: string, judgement: Judgement | null): string {
  if (judgement) return HEADLINE[judgement](forceName);
  return `How ${forceName} identifies, monitors and manages integrity issues: ${cycleName} health check`;
}
