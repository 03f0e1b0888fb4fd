import "server-only";
import type { Actor, Role } from "@/lib/auth/roles.ts";
import { can, type AssessmentStatus } from "@/lib/auth/permissions.ts";
import { missingRequiredQuestions, type MissingQuestion } from "@/lib/assessments/readiness.ts";
import { buildSubmissionSnapshot } from "@/lib/assessments/snapshot.ts";
import { markReadySchema, returnToPsdSchema, submitSchema } from "@/lib/assessments/workflow-schemas.ts";
import { parseOrThrow } from "@/lib/validation.ts";
import { prisma, type Tx } from "./client.ts";
import { appendAudit } from "./audit.ts";
import { checklistForVersion } from "./checklist.ts";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "./errors.ts";
import { currentRound } from "./review-common.ts";
import { unansweredQueryCodes } from "./review-responses.ts";

// Readiness, sign-off, return and submission. Each status change is a compare-and-set on
// (id, status, version) that increments the version, so of two people acting on the same
// version only one wins; the other gets a ConflictError.

export type TransitionResult = { id: string; reference: string; status: AssessmentStatus; version: number };
export type SubmitResult = TransitionResult & { snapshot: { sequence: number; sha256: string } };
export type SignOffNote = { id: string; comment: string; createdAt: Date; author: string | null; resolvedAt: Date | null };

export const CHANGED_MESSAGE = "This health check changed after you opened it. Check it again before you continue";

const STATUS_PHRASE: Record<AssessmentStatus, string> = {
  DRAFT: "is a draft",
  READY_FOR_SIGN_OFF: "is already with the chief officer for sign-off",
  SUBMITTED: "has been submitted to the inspectorate",
  RETURNED: "has been returned by the inspectorate",
  ACCEPTED: "has been accepted by the inspectorate",
};

const rowSelect = {
  id: true,
  reference: true,
  forceId: true,
  status: true,
  version: true,
  checklistVersionId: true,
  force: { select: { slug: true, name: true } },
  cycle: { select: { slug: true, name: true, periodStart: true, periodEnd: true } },
  checklistVersion: { select: { number: true, contentHash: true } },
} as const;
type Row = NonNullable<Awaited<ReturnType<typeof loadRow>>>;

function loadRow(id: string) {
  return prisma.assessment.findUnique({ where: { id }, select: rowSelect });
}

/** Outside the actor's scope the assessment does not exist for them. */
async function loadInScope(actor: Actor, id: string): Promise<Row> {
  const row = await loadRow(id);
  if (!row || !can(actor, "assessment:read", row)) throw new NotFoundError();
  return row;
}

/**
 * Role first, then the version the person saw, then the status: so a second click on "Submit"
 * (after the first went through) is reported as a conflict rather than a puzzling refusal.
 */
function authorise(actor: Actor, row: Row, step: { permission: "assessment:mark-ready" | "assessment:sign-off"; role: Role; expectedVersion: number; what: string }) {
  if (actor.role !== step.role) {
    throw new ForbiddenError(
      step.role === "PSD" ? "Only professional standards staff can send a health check for sign-off" : "Only a chief officer of the force can sign off a health check",
    );
  }
  if (row.version !== step.expectedVersion) throw new ConflictError(CHANGED_MESSAGE, { status: row.status, version: row.version });
  if (!can(actor, step.permission, row)) throw new ForbiddenError(`This health check ${STATUS_PHRASE[row.status]}, so it cannot be ${step.what}`);
}

async function compareAndSet(tx: Tx, row: Row, expectedVersion: number, data: Parameters<Tx["assessment"]["updateMany"]>[0]["data"]): Promise<number> {
  const { count } = await tx.assessment.updateMany({
    where: { id: row.id, status: row.status, version: expectedVersion },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw new ConflictError(CHANGED_MESSAGE);
  return expectedVersion + 1;
}

/** Every stored answer, parsed from its stored JSON: read inside the transaction that relies on it. */
export async function storedAnswers(tx: Tx, assessmentId: string): Promise<Record<string, unknown>> {
  const rows = await tx.answer.findMany({ where: { assessmentId }, select: { questionCode: true, value: true } });
  return Object.fromEntries(rows.map((a) => [a.questionCode, JSON.parse(a.value) as unknown]));
}

function missingError(missing: MissingQuestion[]): ValidationError {
  return new ValidationError(
    Object.fromEntries(missing.map((m) => [m.code, `Answer question ${m.code}: ${m.prompt}`])),
    `Answer every required question before sending this for sign-off (${missing.length} still to answer)`,
  );
}

/** Sign-off notes: the chief officers' return comments (NOTE, not about one question). */
async function signOffNoteWhere(assessmentId: string) {
  const chiefs = await prisma.user.findMany({ where: { role: "CHIEF_OFFICER" }, select: { id: true } });
  return { assessmentId, kind: "NOTE" as const, questionCode: null, authorId: { in: chiefs.map((c) => c.id) } };
}

/** An assessment's status change as an audit event (also used by the inspectorate's review). */
export const auditOf = (row: Pick<Row, "id" | "forceId" | "status" | "version">, action: string, after: Record<string, unknown>) => ({
  entityType: "assessment",
  entityId: row.id,
  forceId: row.forceId,
  action,
  before: { status: row.status, version: row.version },
  after,
});

/** PSD: DRAFT or RETURNED → READY_FOR_SIGN_OFF, only when every applicable required question is answered. */
export async function markReady(actor: Actor, input: unknown): Promise<TransitionResult> {
  const { assessmentId, expectedVersion } = parseOrThrow(markReadySchema, input);
  const row = await loadInScope(actor, assessmentId);
  authorise(actor, row, { permission: "assessment:mark-ready", role: "PSD", expectedVersion, what: "sent for sign-off" });
  const checklist = await checklistForVersion(row.checklistVersionId);
  const notes = await signOffNoteWhere(row.id);
  return prisma.$transaction(async (tx) => {
    const missing = missingRequiredQuestions(checklist.definition, await storedAnswers(tx, row.id));
    if (missing.length > 0) throw missingError(missing);
    // Returned by the inspectorate: every query needs the force's response before it goes back.
    const unanswered = row.status === "RETURNED" ? await unansweredQueryCodes(tx, row.id) : [];
    if (unanswered.length > 0) {
      throw new ValidationError(
        Object.fromEntries(unanswered.map((code) => [code, `Respond to the inspector’s query on ${code}`])),
        `Respond to every query from the inspectorate before sending this for sign-off (${unanswered.length} still to answer)`,
      );
    }
    const now = new Date();
    const version = await compareAndSet(tx, row, expectedVersion, { status: "READY_FOR_SIGN_OFF", readyAt: now });
    // Sending it back to the chief officer answers their return notes.
    await tx.reviewComment.updateMany({ where: { ...notes, resolvedAt: null }, data: { resolvedAt: now } });
    await appendAudit(tx, actor, auditOf(row, "assessment.mark-ready", { status: "READY_FOR_SIGN_OFF", version }));
    return { id: row.id, reference: row.reference, status: "READY_FOR_SIGN_OFF" as const, version };
  });
}

/**
 * Chief officer: READY_FOR_SIGN_OFF → DRAFT, with a note to professional standards saying what to
 * change; or back to RETURNED when the inspectorate had returned it (it stays visible to them).
 */
export async function returnToPsd(actor: Actor, input: unknown): Promise<TransitionResult & { noteId: string }> {
  const { assessmentId, expectedVersion, comment } = parseOrThrow(returnToPsdSchema, input);
  const row = await loadInScope(actor, assessmentId);
  authorise(actor, row, { permission: "assessment:sign-off", role: "CHIEF_OFFICER", expectedVersion, what: "returned to professional standards" });
  return prisma.$transaction(async (tx) => {
    const status = (await currentRound(tx, row.id)) > 0 ? ("RETURNED" as const) : ("DRAFT" as const);
    const version = await compareAndSet(tx, row, expectedVersion, { status, readyAt: null });
    const note = await tx.reviewComment.create({ data: { assessmentId: row.id, kind: "NOTE", body: comment, authorId: actor.userId }, select: { id: true } });
    await appendAudit(tx, actor, auditOf(row, "assessment.return-to-psd", { status, version, noteId: note.id, comment }));
    return { id: row.id, reference: row.reference, status, version, noteId: note.id };
  });
}

/**
 * Chief officer: READY_FOR_SIGN_OFF → SUBMITTED with the declaration, and in the same transaction
 * an immutable snapshot of the answers exactly as stored. From then on the permission table
 * keeps the answers locked.
 */
export async function submitAssessment(actor: Actor, input: unknown): Promise<SubmitResult> {
  const v = parseOrThrow(submitSchema, input);
  const row = await loadInScope(actor, v.assessmentId);
  authorise(actor, row, { permission: "assessment:sign-off", role: "CHIEF_OFFICER", expectedVersion: v.expectedVersion, what: "submitted" });
  const checklist = await checklistForVersion(row.checklistVersionId);
  const declaration = { name: v.declarationName, role: v.declarationRole, date: v.declarationDate };
  return prisma.$transaction(async (tx) => {
    const answers = await storedAnswers(tx, row.id);
    // Answers are locked while waiting for sign-off; this only guards against a change racing the lock.
    const missing = missingRequiredQuestions(checklist.definition, answers);
    if (missing.length > 0) throw missingError(missing);
    const now = new Date();
    const version = await compareAndSet(tx, row, v.expectedVersion, {
      status: "SUBMITTED",
      submittedAt: now,
      declarationName: declaration.name,
      declarationRole: declaration.role,
      declarationDate: new Date(`${declaration.date}T00:00:00Z`),
    });
    const last = await tx.snapshot.findFirst({ where: { assessmentId: row.id }, orderBy: { sequence: "desc" }, select: { sequence: true } });
    const sequence = (last?.sequence ?? 0) + 1;
    const snapshot = buildSubmissionSnapshot({
      assessment: row,
      force: row.force,
      cycle: row.cycle,
      checklist: row.checklistVersion,
      answers,
      declaration,
      takenAt: now,
    });
    await tx.snapshot.create({
      data: { assessmentId: row.id, sequence, kind: "SUBMISSION", content: snapshot.content, sha256: snapshot.sha256, createdById: actor.userId, createdAt: now },
    });
    await appendAudit(tx, actor, auditOf(row, "assessment.submit", { status: "SUBMITTED", version, declaration, snapshot: { sequence, sha256: snapshot.sha256 } }));
    return { id: row.id, reference: row.reference, status: "SUBMITTED" as const, version, snapshot: { sequence, sha256: snapshot.sha256 } };
  });
}

/** The chief officers' return notes, newest first. Internal to the force: inspectors do not see them. */
export async function listSignOffNotes(actor: Actor, assessmentId: string): Promise<SignOffNote[]> {
  if (typeof assessmentId !== "string" || assessmentId.length > 64) throw new NotFoundError();
  const row = await loadInScope(actor, assessmentId);
  if (actor.role !== "PSD" && actor.role !== "CHIEF_OFFICER") throw new ForbiddenError("Sign-off notes are only for the force");
  const comments = await prisma.reviewComment.findMany({
    where: await signOffNoteWhere(row.id),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, body: true, createdAt: true, resolvedAt: true, authorId: true },
  });
  const ids = [...new Set(comments.flatMap((c) => (c.authorId ? [c.authorId] : [])))];
  const names = new Map((await prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  return comments.map((c) => ({ id: c.id, comment: c.body, createdAt: c.createdAt, resolvedAt: c.resolvedAt, author: c.authorId ? (names.get(c.authorId) ?? null) : null }));
}
