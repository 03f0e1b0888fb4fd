import "server-only";
import type { Actor } from "@/lib/auth/roles.ts";
import { can } from "@/lib/auth/permissions.ts";
import { respondSchema } from "@/lib/review/schemas.ts";
import type { DecisionView } from "@/lib/review/state.ts";
import { parseOrThrow } from "@/lib/validation.ts";
import { prisma, type Tx } from "./client.ts";
import { appendAudit } from "./audit.ts";
import { checklistForVersion } from "./checklist.ts";
import { ForbiddenError, NotFoundError, ValidationError } from "./errors.ts";
import { currentRound, decisionsByQuestion, openQueryWhere } from "./review-common.ts";

// The force's side of a return: the inspector's queries on the submission it returned, and
// professional standards' response to each. Responses are added, never edited, so the thread
// keeps what was said; the latest one is the force's answer.

export type ForceQuery = DecisionView & { code: string; sectionCode: string; prompt: string; answered: boolean };

async function loadForForce(actor: Actor, assessmentId: unknown) {
  if (typeof assessmentId !== "string" || assessmentId.length === 0 || assessmentId.length > 64) throw new NotFoundError();
  const row = await prisma.assessment.findUnique({ where: { id: assessmentId }, select: { id: true, forceId: true, status: true, checklistVersionId: true } });
  if (!row || !can(actor, "assessment:read", row)) throw new NotFoundError();
  return row;
}

/**
 * The queries the inspectorate returned the assessment with, still open, in checklist order:
 * for the force's PSD and chief officers. Empty unless the latest submission was returned.
 */
export async function listQueriesForForce(actor: Actor, assessmentId: string): Promise<ForceQuery[]> {
  const row = await loadForForce(actor, assessmentId);
  if (actor.role !== "PSD" && actor.role !== "CHIEF_OFFICER") throw new ForbiddenError("The inspector’s queries are listed for the force on its own pages");
  if (row.status !== "RETURNED" && row.status !== "READY_FOR_SIGN_OFF" && row.status !== "DRAFT") return [];
  const round = await currentRound(prisma, row.id);
  if (round === 0) return [];
  const [checklist, byCode] = await Promise.all([checklistForVersion(row.checklistVersionId), decisionsByQuestion(row.id, { round, openOnly: true })]);
  return checklist.definition.sections.flatMap((section) =>
    section.questions.flatMap((q) =>
      (byCode.get(q.code) ?? []).map((d) => ({ ...d, code: q.code, sectionCode: section.code, prompt: q.prompt, answered: d.responses.length > 0 })),
    ),
  );
}

/** Inside markReady's transaction: the returned submission's queries with no response yet. */
export async function unansweredQueryCodes(tx: Tx, assessmentId: string): Promise<string[]> {
  const round = await currentRound(tx, assessmentId);
  const open = await tx.reviewComment.findMany({
    where: { ...openQueryWhere(assessmentId, round), replies: { none: { kind: "RESPONSE" } } },
    select: { questionCode: true },
  });
  return open.flatMap((q) => (q.questionCode ? [q.questionCode] : []));
}

export type ResponseResult = { id: string; queryId: string; code: string };

/** PSD, while the assessment is returned: respond to one of the inspector's open queries. */
export async function respondToQuery(actor: Actor, input: unknown): Promise<ResponseResult> {
  const v = parseOrThrow(respondSchema, input);
  const row = await loadForForce(actor, v.assessmentId);
  if (!can(actor, "review:respond", row)) {
    throw new ForbiddenError(
      actor.role === "PSD" ? "You can respond to the inspector’s queries only while the assessment is returned to your force" : "Only professional standards staff can respond to the inspector’s queries",
    );
  }
  const round = await currentRound(prisma, row.id);
  const query = await prisma.reviewComment.findFirst({ where: { id: v.queryId, ...openQueryWhere(row.id, round) }, select: { id: true, questionCode: true } });
  if (!query || !query.questionCode) throw new NotFoundError();
  return prisma.$transaction(async (tx) => {
    // Touching the row serialises with "send for sign-off": a response cannot land after it.
    const open = await tx.assessment.updateMany({ where: { id: row.id, status: "RETURNED" }, data: { updatedAt: new Date() } });
    if (open.count === 0) throw new ForbiddenError("This assessment has just been sent for sign-off, so responses cannot be changed");
    const still = await tx.reviewComment.count({ where: { id: query.id, resolvedAt: null } });
    if (still === 0) throw new ValidationError({ response: "The inspector has settled this query, so it needs no response" });
    const response = await tx.reviewComment.create({
      data: { assessmentId: row.id, questionCode: query.questionCode, kind: "RESPONSE", body: v.response, parentId: query.id, authorId: actor.userId, round },
      select: { id: true },
    });
    await appendAudit(tx, actor, {
      entityType: "answer",
      entityId: `${row.id}:${query.questionCode}`,
      forceId: row.forceId,
      action: "review.respond",
      after: { queryId: query.id, responseId: response.id, round, response: v.response },
    });
    return { id: response.id, queryId: query.id, code: query.questionCode! };
  });
}
