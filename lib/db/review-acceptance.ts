import "server-only";
import { buildAcceptanceSnapshot } from "@/lib/review/acceptance-snapshot.ts";
import type { Judgement } from "@/lib/review/judgements.ts";
import type { Tx } from "./client.ts";
import { storedAnswers } from "./assessment-workflow.ts";
import type { ReviewRow } from "./review-common.ts";

// What accepting an assessment records besides its status, shared by the inspector's acceptance
// and the demo seed: the section judgements and the immutable acceptance snapshot.

export type AcceptanceRecord = {
  judgement: { judgement: Judgement; summary: string; inspectorName: string; inspectorRegion: string };
  sectionJudgements: Record<string, Judgement>;
  at: Date;
  byUserId: string;
};

/** Inside the acceptance's transaction, after the status change: returns the snapshot's number and SHA-256. */
export async function recordAcceptance(tx: Tx, row: ReviewRow, r: AcceptanceRecord): Promise<{ sequence: number; sha256: string }> {
  for (const [sectionCode, judgement] of Object.entries(r.sectionJudgements)) {
    await tx.assessmentSection.upsert({
      where: { assessmentId_sectionCode: { assessmentId: row.id, sectionCode } },
      create: { assessmentId: row.id, sectionCode, judgement },
      update: { judgement },
    });
  }
  const snapshot = buildAcceptanceSnapshot({
    assessment: row,
    force: row.force,
    cycle: row.cycle,
    checklist: row.checklistVersion,
    answers: await storedAnswers(tx, row.id),
    declaration:
      row.declarationName && row.declarationRole && row.declarationDate ? { name: row.declarationName, role: row.declarationRole, date: row.declarationDate } : null,
    judgement: r.judgement,
    sectionJudgements: r.sectionJudgements,
    takenAt: r.at,
  });
  const last = await tx.snapshot.findFirst({ where: { assessmentId: row.id }, orderBy: { sequence: "desc" }, select: { sequence: true } });
  const sequence = (last?.sequence ?? 0) + 1;
  await tx.snapshot.create({ data: { assessmentId: row.id, sequence, kind: "ACCEPTANCE", content: snapshot.content, sha256: snapshot.sha256, createdById: r.byUserId, createdAt: r.at } });
  return { sequence, sha256: snapshot.sha256 };
}
