import type { AnswerValue } from "../../../lib/checklist/answer-values";
import * as staffordshire from "./staffordshire";
import type { DemoFact } from "./types";
import * as warwickshire from "./warwickshire";
import * as westMercia from "./west-mercia";
import * as wiltshire from "./wiltshire";

export type { DemoFact } from "./types";

export type DemoForceAnswers = { answers: Record<string, AnswerValue>; facts: DemoFact[] };

// Keyed by force slug. Each force is assessed separately, even where it shares policies or
// units with an alliance partner (Warwickshire and West Mercia).
export const demoAnswersBySlug: Record<string, DemoForceAnswers> = {
  "west-mercia": { answers: westMercia.answers, facts: westMercia.facts },
  staffordshire: { answers: staffordshire.answers, facts: staffordshire.facts },
  warwickshire: { answers: warwickshire.answers, facts: warwickshire.facts },
  wiltshire: { answers: wiltshire.answers, facts: wiltshire.facts },
};
