import "server-only";
import type { Actor } from "@/lib/auth/roles.ts";
import { can } from "@/lib/auth/permissions.ts";
import { answerValueSchema } from "@/lib/checklist/answer-values.ts";
import { canonicalJson } from "@/lib/checklist/hash.ts";
import { saveAnswerSchema } from "@/lib/assessments/save-answer-schema.ts";
import { fieldErrorsOf, parseOrThrow } from "@/lib/validation.ts";
import { prisma } from "./client.ts";
import { appendAudit } from "./audit.ts";
import { checklistForVersion } from "./checklist.ts";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "./errors.ts";

export type SavedAnswer = { code: string; value: unknown; version: number; updatedAt: Date; updatedBy: string | null };

/** What a conflict carries: the answer as it now stands, so the person can compare and choose. */
export type CurrentAnswer = SavedAnswer | { code: string; value: null; version: 0; updatedAt: null; updatedBy: null };

async function currentAnswer(assessmentId: string, code: string): Promise<CurrentAnswer> {
  const a = await prisma.answer.findUnique({
    where: { assessmentId_questionCode: { assessmentId, questionCode: code } },
    select: { value: true, version: true, updatedAt: true, updatedBy: { select: { name: true } } },
  });
  if (!a) return { code, value: null, version: 0, updatedAt: null, updatedBy: null };
  return { code, value: JSON.parse(a.value), version: a.version, updatedAt: a.updatedAt, updatedBy: a.updatedBy?.name ?? null };
}

/**
 * Saves one answer with optimistic locking: the write only happens if the stored version is the
 * one the person saw (0 = none yet). Otherwise a ConflictError carries the current answer.
 * A value of null clears the answer. Saving an unchanged value is a no-op (autosave sends many).
 */
export async function saveAnswer(actor: Actor, input: unknown): Promise<SavedAnswer | null> {
  const { assessmentId, code, value, expectedVersion } = parseOrThrow(saveAnswerSchema, input);
  const assessment = await prisma.assessment.findUnique({
    where: { id: assessmentId },
    select: { id: true, forceId: true, status: true, checklistVersionId: true },
  });
  if (!assessment || !can(actor, "assessment:read", assessment)) throw new NotFoundError();
  if (!can(actor, "assessment:answer", assessment)) {
    throw new ForbiddenError(
      actor.role === "PSD" ? "This assessment is with the chief officer or the inspectorate, so its answers cannot be changed" : "Only professional standards staff can change answers",
    );
  }
  const checklist = await checklistForVersion(assessment.checklistVersionId);
  const question = checklist.questionByCode.get(code);
  if (!question) throw new NotFoundError();

  let stored: string | null = null;
  if (value !== null && value !== undefined) {
    const parsed = answerValueSchema(question).safeParse(value);
    if (!parsed.success) {
      const errors = fieldErrorsOf(parsed.error);
      throw new ValidationError(Object.fromEntries(Object.entries(errors).map(([k, v]) => [k === "_form" ? "value" : `value.${k}`, v])));
    }
    stored = canonicalJson(parsed.data);
  }

  const result = await prisma.$transaction(async (tx) => {
    const existing = await tx.answer.findUnique({
      where: { assessmentId_questionCode: { assessmentId, questionCode: code } },
      select: { id: true, value: true, version: true },
    });
    if ((existing?.version ?? 0) !== expectedVersion) return "conflict" as const;
    if (existing && existing.value === stored) return "unchanged" as const;
    if (!existing && stored === null) return "unchanged" as const;
    const audit = { entityType: "answer", entityId: `${assessmentId}:${code}`, forceId: assessment.forceId, before: existing ? JSON.parse(existing.value) : null };
    if (stored === null) {
      // Compare-and-delete: only the version the person saw.
      const { count } = await tx.answer.deleteMany({ where: { id: existing!.id, version: expectedVersion } });
      if (count === 0) return "conflict" as const;
      await appendAudit(tx, actor, { ...audit, action: "answer.clear", after: null });
      return null;
    }
    if (existing) {
      const { count } = await tx.answer.updateMany({
        where: { id: existing.id, version: expectedVersion },
        data: { value: stored, version: { increment: 1 }, updatedById: actor.userId, carriedForward: false },
      });
      if (count === 0) return "conflict" as const;
    } else {
      await tx.answer.create({
        data: { assessmentId, versionId: assessment.checklistVersionId, questionCode: code, value: stored, updatedById: actor.userId },
      });
    }
    await appendAudit(tx, actor, { ...audit, action: "answer.save", after: JSON.parse(stored) });
    return "saved" as const;
  }).catch((e: unknown) => {
    // Two first saves of the same answer at once: the unique key lets one through.
    if (e instanceof Error && "code" in e && (e as { code: string }).code === "P2002") return "conflict" as const;
    throw e;
  });

  if (result === "conflict") {
    throw new ConflictError("Someone else changed this answer after you opened it", await currentAnswer(assessmentId, code));
  }
  if (result === null) return null;
  const now = await currentAnswer(assessmentId, code);
  return now.version === 0 ? null : (now as SavedAnswer);
}
