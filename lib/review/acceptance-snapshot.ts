import { buildSnapshot, snapshotHeader, type SubmissionSource } from "@/lib/assessments/snapshot.ts";
import type { Judgement } from "./judgements.ts";

// The immutable record of what the inspectorate accepted: the answers exactly as stored, the
// force's declaration and the inspector's judgement. Built here for the app and the demo seed alike.

export type AcceptanceSource = Pick<SubmissionSource, "assessment" | "force" | "cycle" | "checklist" | "answers" | "takenAt"> & {
  declaration: { name: string; role: string; date: Date } | null;
  judgement: { judgement: Judgement; summary: string; inspectorName: string; inspectorRegion: string };
  sectionJudgements: Record<string, Judgement>;
};

export function buildAcceptanceSnapshot(s: AcceptanceSource): { content: string; sha256: string } {
  const j = s.judgement;
  return buildSnapshot({
    kind: "ACCEPTANCE",
    ...snapshotHeader(s, "ACCEPTED"),
    declaration: s.declaration ? { name: s.declaration.name, role: s.declaration.role, date: s.declaration.date.toISOString().slice(0, 10) } : null,
    judgement: { judgement: j.judgement, summary: j.summary, inspectorName: j.inspectorName, inspectorRegion: j.inspectorRegion },
    sectionJudgements: { ...s.sectionJudgements },
  });
}
