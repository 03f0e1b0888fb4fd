import { z } from "zod";
import { canonicalJson } from "@/lib/checklist/hash.ts";
import { formatAnswer } from "@/lib/checklist/format-answer.ts";
import type { ChecklistDefinition } from "@/lib/checklist/types.ts";

// What changed between two sets of answers: two submission snapshots, or a snapshot and the
// answers as they stand. Values are compared by their canonical JSON, so key order never counts.

export type ChangeKind = "added" | "changed" | "removed";

export type AnswerChange = {
  code: string;
  sectionCode: string;
  prompt: string;
  kind: ChangeKind;
  /** The earlier answer as people read it; null when the question had no answer. */
  before: string | null;
  /** The later answer as people read it; null when the answer was removed. */
  after: string | null;
};

export const CHANGE_LABELS: Record<ChangeKind, string> = { added: "Answered", changed: "Changed", removed: "Answer removed" };

/** Every question whose answer differs, in checklist order. Codes the checklist does not know are ignored. */
export function diffAnswers(definition: ChecklistDefinition, before: Record<string, unknown>, after: Record<string, unknown>): AnswerChange[] {
  const changes: AnswerChange[] = [];
  for (const section of definition.sections) {
    for (const q of section.questions) {
      const had = Object.hasOwn(before, q.code) && before[q.code] !== null;
      const has = Object.hasOwn(after, q.code) && after[q.code] !== null;
      if (!had && !has) continue;
      if (had && has && canonicalJson(before[q.code]) === canonicalJson(after[q.code])) continue;
      changes.push({
        code: q.code,
        sectionCode: section.code,
        prompt: q.prompt,
        kind: !had ? "added" : !has ? "removed" : "changed",
        before: had ? formatAnswer(q, before[q.code]) : null,
        after: has ? formatAnswer(q, after[q.code]) : null,
      });
    }
  }
  return changes;
}

const snapshotShape = z.object({ answers: z.record(z.string(), z.unknown()) });

/** The answers held in a stored snapshot's JSON (see lib/assessments/snapshot.ts). */
export function snapshotAnswers(content: string): Record<string, unknown> {
  return snapshotShape.parse(JSON.parse(content)).answers;
}
