import "server-only";
import type { Actor } from "@/lib/auth/roles.ts";
import { can } from "@/lib/auth/permissions.ts";
import { acceptSchema, decisionSchema, returnSchema, type DecisionInput } from "@/lib/review/schemas.ts";
import { parseOrThrow } from "@/lib/validation.ts";
import { prisma, type Tx } from "./client.ts";
import { appendAudit } from "./audit.ts";
import { auditOf, CHANGED_MESSAGE } from "./assessment-workflow.ts";
import { checklistForVersion } from "./checklist.ts";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "./errors.ts";
import { recordAcceptance } from "./review-acceptance.ts";
import { currentRound, loadForInspector, openQueryWhere, type ReviewRow } from "./review-common.ts";

// The inspector's decisions: accept or query one answer, return the assessment to the force, or
// accept it with a judgement. Each is zod → authorise → one transaction → audit event. Every
// decision moves the assessment's version on, so a return or acceptance confirmed on a page that
// no longer shows the latest decisions is refused as a conflict.

const NOT_UNDER_REVIEW: Record<string, string> = {
  RETURNED: "This assessment has been returned to the force, so it cannot be reviewed until they submit it again",
  ACCEPTED: "This assessment has been accepted, so its review cannot change",
};

function mayReview(actor: Actor, row: ReviewRow): void {
  if (!can(actor, "assessment:review", row)) throw new ForbiddenError(NOT_UNDER_REVIEW[row.status] ?? "Only a submitted assessment can be reviewed");
}

/** Inside the write: the assessment must still be under review (at the version seen, if given); moves the version on. */
type RowChange = Parameters<Tx["assessment"]["updateMany"]>[0]["data"];

async function bump(tx: Tx, row: ReviewRow, expectedVersion: number | null, data: RowChange = {}): Promise<number> {
  const { count } = await tx.assessment.updateMany({
    where: { id: row.id, status: "SUBMITTED", ...(expectedVersion !== null ? { version: expectedVersion } : {}) },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw new ConflictError(CHANGED_MESSAGE);
  const after = await tx.assessment.findUniqueOrThrow({ where: { id: row.id }, select: { version: true } });
  return after.version;
}


export type DecisionResult = { id: string; code: string; decision: "accept" | "query"; commentId: string; round: number; version: number };

/** Accept or query one answer. A new decision on the same answer settles any query still open on it. */
export async function decideAnswer(actor: Actor, input: unknown): Promise<DecisionResult> {
  const v = parseOrThrow(decisionSchema, input);
  const row = await loadForInspector(actor, v.assessmentId);
  mayReview(actor, row);
  if (!(await checklistForVersion(row.checklistVersionId)).questionByCode.has(v.code)) throw new NotFoundError();
  return prisma.$transaction(async (tx) => {
    const version = await bump(tx, row, null);
    const round = await currentRound(tx, row.id);
    const now = new Date();
    const settled = await tx.reviewComment.updateMany({
      where: { assessmentId: row.id, questionCode: v.code, kind: "QUERY", resolvedAt: null },
      data: { resolvedAt: now },
    });
    const comment = await tx.reviewComment.create({
      data: { assessmentId: row.id, questionCode: v.code, kind: v.decision === "query" ? "QUERY" : "ACCEPTED", body: v.comment, authorId: actor.userId, round, createdAt: now },
      select: { id: true },
    });
    await appendAudit(tx, actor, {
      entityType: "answer",
      entityId: `${row.id}:${v.code}`,
      forceId: row.forceId,
      action: v.decision === "query" ? "review.query" : "review.accept-answer",
      after: { commentId: comment.id, round, comment: v.comment, settledQueries: settled.count },
    });
    return { id: row.id, code: v.code, decision: v.decision, commentId: comment.id, round, version };
  });
}

export const acceptAnswer = (actor: Actor, assessmentId: string, code: string, comment = "") =>
  decideAnswer(actor, { assessmentId, code, decision: "accept", comment } satisfies DecisionInput);
export const queryAnswer = (actor: Actor, assessmentId: string, code: string, comment: string) =>
  decideAnswer(actor, { assessmentId, code, decision: "query", comment } satisfies DecisionInput);

export type ReturnResult = { id: string; reference: string; status: "RETURNED"; version: number; queries: { id: string; code: string; comment: string }[] };

/** SUBMITTED → RETURNED, sending the force this submission's open queries (at least one). */
export async function returnAssessment(actor: Actor, input: unknown): Promise<ReturnResult> {
  const { assessmentId, expectedVersion } = parseOrThrow(returnSchema, input);
  const row = await loadForInspector(actor, assessmentId);
  mayReview(actor, row);
  if (row.version !== expectedVersion) throw new ConflictError(CHANGED_MESSAGE, { status: row.status, version: row.version });
  return prisma.$transaction(async (tx) => {
    const round = await currentRound(tx, row.id);
    const open = await tx.reviewComment.findMany({
      where: openQueryWhere(row.id, round),
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, questionCode: true, body: true },
    });
    if (open.length === 0) throw new ValidationError({ queries: "Query at least one answer before you return the assessment to the force" });
    const version = await bump(tx, row, expectedVersion, { status: "RETURNED", returnedAt: new Date() });
    const queries = open.map((q) => ({ id: q.id, code: q.questionCode ?? "", comment: q.body }));
    await appendAudit(tx, actor, auditOf(row, "review.return", { status: "RETURNED", version, round, queries }));
    return { id: row.id, reference: row.reference, status: "RETURNED" as const, version, queries };
  });
}

export type AcceptResult = { id: string; reference: string; status: "ACCEPTED"; version: number; snapshot: { sequence: number; sha256: string } };

/**
 * SUBMITTED → ACCEPTED with the judgement, and in the same transaction an immutable ACCEPTANCE
 * snapshot. Queries raised on this submission must be settled first (accept those answers, or
 * return the assessment); queries from earlier rounds, which the force has answered, are settled
 * by the acceptance.
 */
export async function acceptAssessment(actor: Actor, input: unknown): Promise<AcceptResult> {
  const v = parseOrThrow(acceptSchema, input);
  const row = await loadForInspector(actor, v.assessmentId);
  mayReview(actor, row);
  if (row.version !== v.expectedVersion) throw new ConflictError(CHANGED_MESSAGE, { status: row.status, version: row.version });
  const checklist = await checklistForVersion(row.checklistVersionId);
  const unknown = Object.keys(v.sectionJudgements).filter((code) => !checklist.sectionByCode.has(code));
  if (unknown.length > 0) throw new ValidationError(Object.fromEntries(unknown.map((c) => [`sectionJudgements.${c}`, `There is no section ${c} in this checklist`])));
  const regions = (await prisma.force.findMany({ distinct: ["region"], select: { region: true } })).map((r) => r.region);
  if (!regions.includes(v.inspectorRegion)) throw new ValidationError({ inspectorRegion: "Select the HM Inspector’s region from the list" });

  return prisma.$transaction(async (tx) => {
    const round = await currentRound(tx, row.id);
    const open = await tx.reviewComment.count({ where: openQueryWhere(row.id, round) });
    if (open > 0) {
      throw new ValidationError({ queries: `You have queried ${open === 1 ? "an answer" : `${open} answers`} in this submission: accept ${open === 1 ? "it" : "them"} or return the assessment to the force` });
    }
    const now = new Date();
    const judgement = { judgement: v.judgement, summary: v.summary, inspectorName: v.inspectorName, inspectorRegion: v.inspectorRegion };
    const version = await bump(tx, row, v.expectedVersion, {
      status: "ACCEPTED",
      acceptedAt: now,
      judgement: v.judgement,
      judgementSummary: v.summary,
      inspectorName: v.inspectorName,
      inspectorRegion: v.inspectorRegion,
    });
    await tx.reviewComment.updateMany({ where: { assessmentId: row.id, kind: "QUERY", resolvedAt: null }, data: { resolvedAt: now } });
    const snapshot = await recordAcceptance(tx, row, { judgement, sectionJudgements: v.sectionJudgements, at: now, byUserId: actor.userId });
    await appendAudit(tx, actor, auditOf(row, "review.accept", { status: "ACCEPTED", version, ...judgement, sectionJudgements: v.sectionJudgements, snapshot }));
    return { id: row.id, reference: row.reference, status: "ACCEPTED" as const, version, snapshot };
  });
}
