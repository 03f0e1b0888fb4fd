import "server-only";
import type { Actor } from "@/lib/auth/roles.ts";
import { can } from "@/lib/auth/permissions.ts";
import { missingRequiredQuestions, type MissingQuestion } from "@/lib/assessments/readiness.ts";
import { prisma } from "./client.ts";
import { getAssessment, type AssessmentDetail } from "./assessments.ts";
import { checklistForVersion, type LoadedChecklist } from "./checklist.ts";
import { NotFoundError } from "./errors.ts";
import { verifySnapshot } from "@/lib/assessments/snapshot.ts";

// What the readiness, sign-off and confirmation pages read.

export type WorkflowView = {
  assessment: AssessmentDetail;
  /** The version the forms send back as expectedVersion. */
  version: number;
  readyAt: Date | null;
  checklist: LoadedChecklist;
  values: Record<string, unknown>;
  missing: MissingQuestion[];
  may: { markReady: boolean; signOff: boolean };
};

export async function getWorkflowView(actor: Actor, id: string): Promise<WorkflowView> {
  if (typeof id !== "string" || id.length > 64) throw new NotFoundError();
  // The version is read before the answers: if anything changes in between, the forms carry a
  // stale version and the compare-and-set refuses, so nobody signs off answers they did not see.
  const pre = await prisma.assessment.findUnique({ where: { id }, select: { version: true, readyAt: true, forceId: true } });
  const assessment = await getAssessment(actor, id);
  if (!pre) throw new NotFoundError();
  const checklist = await checklistForVersion(assessment.checklistVersionId);
  const values = Object.fromEntries(Object.entries(assessment.answers).map(([code, a]) => [code, a.value]));
  const ref = { forceId: pre.forceId, status: assessment.status };
  return {
    assessment,
    version: pre.version,
    readyAt: pre.readyAt,
    checklist,
    values,
    missing: missingRequiredQuestions(checklist.definition, values),
    may: { markReady: can(actor, "assessment:mark-ready", ref), signOff: can(actor, "assessment:sign-off", ref) },
  };
}

export type SubmissionReceipt = {
  id: string;
  reference: string;
  status: AssessmentDetail["status"];
  force: { slug: string; name: string };
  cycle: { name: string };
  submittedAt: Date | null;
  declaration: { name: string; role: string; date: Date } | null;
  snapshot: { sequence: number; sha256: string; createdAt: Date };
};

/** The confirmation of the latest submission; not found until there is one. */
export async function getSubmissionReceipt(actor: Actor, id: string): Promise<SubmissionReceipt> {
  if (typeof id !== "string" || id.length > 64) throw new NotFoundError();
  const row = await prisma.assessment.findUnique({
    where: { id },
    select: {
      id: true,
      reference: true,
      forceId: true,
      status: true,
      submittedAt: true,
      declarationName: true,
      declarationRole: true,
      declarationDate: true,
      force: { select: { slug: true, name: true } },
      cycle: { select: { name: true } },
      snapshots: { where: { kind: "SUBMISSION" }, orderBy: { sequence: "desc" }, take: 1, select: { sequence: true, sha256: true, createdAt: true } },
    },
  });
  if (!row || !can(actor, "assessment:read", row)) throw new NotFoundError();
  const snapshot = row.snapshots[0];
  if (!snapshot) throw new NotFoundError();
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    force: row.force,
    cycle: row.cycle,
    submittedAt: row.submittedAt,
    declaration:
      row.declarationName && row.declarationRole && row.declarationDate
        ? { name: row.declarationName, role: row.declarationRole, date: row.declarationDate }
        : null,
    snapshot,
  };
}

export type SnapshotView = { sequence: number; kind: string; sha256: string; createdAt: Date; content: unknown; verified: boolean };

/** The latest immutable snapshot of an assessment, for anyone who may read the assessment. */
export async function getLatestSnapshot(actor: Actor, id: string): Promise<SnapshotView> {
  if (typeof id !== "string" || id.length > 64) throw new NotFoundError();
  const row = await prisma.assessment.findUnique({
    where: { id },
    select: { forceId: true, status: true, snapshots: { orderBy: { sequence: "desc" }, take: 1, select: { sequence: true, kind: true, sha256: true, createdAt: true, content: true } } },
  });
  if (!row || !can(actor, "assessment:read", row)) throw new NotFoundError();
  const s = row.snapshots[0];
  if (!s) throw new NotFoundError();
  return { sequence: s.sequence, kind: s.kind, sha256: s.sha256, createdAt: s.createdAt, content: JSON.parse(s.content), verified: verifySnapshot(s.content, s.sha256) };
}
