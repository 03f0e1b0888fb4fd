import "server-only";
import type { Actor } from "@/lib/auth/roles.ts";
import { answerValueSchema } from "@/lib/checklist/answer-values.ts";
import { canonicalJson } from "@/lib/checklist/hash.ts";
import { saveAnswerSchema } from "@/lib/assessments/save-answer-schema.ts";
import type { QuestionDefinition } from "@/lib/checklist/types.ts";
import { fieldErrorsOf, parseOrThrow } from "@/lib/validation.ts";
import { prisma, type Tx } from "./client.ts";
import { appendAudit } from "./audit.ts";
import { authoriseAnswerChange, isStillOpen } from "./answer-scope.ts";
import { ConflictError, ForbiddenError, ValidationError } from "./errors.ts";

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
 * Writes the first answer to a question, with its audit event, inside the caller's transaction.
 * The caller has checked `assessment:answer`; the value is checked against the question here.
 * Also used when attaching evidence answers an evidence question (lib/db/evidence.ts).
 */
export async function createAnswer(
  tx: Tx,
  actor: Actor,
  a: { assessmentId: string; versionId: string; forceId: string; question: QuestionDefinition; value: unknown; now?: Date },
): Promise<void> {
  const value = answerValueSchema(a.question).parse(a.value);
  const stored = canonicalJson(value);
  const code = a.question.code;
  const now = a.now ?? new Date();
  await tx.answer.create({
    data: { assessmentId: a.assessmentId, versionId: a.versionId, questionCode: code, value: stored, updatedById: actor.userId, updatedAt: now },
  });
  await appendAudit(tx, actor, { entityType: "answer", entityId: `${a.assessmentId}:${code}`, forceId: a.forceId, action: "answer.save", before: null, after: JSON.parse(stored) });
}

/** The answer of an evidence question that has evidence attached but no note. */
export const EMPTY_EVIDENCE_NOTE = { note: "" } as const;

/** Inside the caller's transaction: removes an answer (when nothing is left to answer it) with its audit event. */
export async function deleteAnswer(tx: Tx, actor: Actor, a: { id: string; assessmentId: string; forceId: string; code: string; value: string }): Promise<void> {
  await tx.answer.delete({ where: { id: a.id } });
  await appendAudit(tx, actor, { entityType: "answer", entityId: `${a.assessmentId}:${a.code}`, forceId: a.forceId, action: "answer.clear", before: JSON.parse(a.value), after: null });
}

/**
 * Saves one answer with optimistic locking: the write only happens if the stored version is the
 * one the person saw (0 = none yet). Otherwise a ConflictError carries the current answer.
 * A value of null clears the answer. Saving an unchanged value is a no-op (autosave sends many).
 */
export async function saveAnswer(actor: Actor, input: unknown): Promise<SavedAnswer | null> {
  const { assessmentId, code, value, expectedVersion } = parseOrThrow(saveAnswerSchema, input);
  const { question, existing, forceId, versionId } = await authoriseAnswerChange(actor, assessmentId, code, "answers");

  let stored: string | null = null;
  let parsedValue: unknown = null;
  if (value !== null && value !== undefined) {
    const parsed = answerValueSchema(question).safeParse(value);
    if (!parsed.success) {
      const errors = fieldErrorsOf(parsed.error);
      throw new ValidationError(Object.fromEntries(Object.entries(errors).map(([k, v]) => [k === "_form" ? "value" : `value.${k}`, v])));
    }
    parsedValue = parsed.data;
    stored = canonicalJson(parsed.data);
  }
  // An evidence question with evidence attached stays answered when its note is emptied.
  if (stored === null && question.type === "evidence" && (await prisma.evidence.count({ where: { assessmentId, questionCode: code } })) > 0) {
    parsedValue = EMPTY_EVIDENCE_NOTE;
    stored = canonicalJson(parsedValue);
  }

  const conflict = async () => new ConflictError("Someone else changed this answer after you opened it", await currentAnswer(assessmentId, code));
  // The stored value is already what is being saved: nothing can be lost, whatever version the
  // person saw (their own autosave often lands just before "Save and continue").
  if ((existing?.value ?? null) === stored) return existing ? { code, value: JSON.parse(existing.value), version: existing.version, updatedAt: new Date(), updatedBy: null } : null;
  if ((existing?.version ?? 0) !== expectedVersion) throw await conflict();

  // The version check is repeated inside the write (compare-and-set): if it still matches, the
  // "before" value read above is exactly what is being replaced.
  const now = new Date();
  const audit = { entityType: "answer", entityId: `${assessmentId}:${code}`, forceId: forceId, before: existing ? JSON.parse(existing.value) : null };
  const result = await prisma
    .$transaction(async (tx) => {
      if (!(await isStillOpen(tx, assessmentId, now))) return "locked" as const;
      if (!existing) {
        await createAnswer(tx, actor, { assessmentId, versionId: versionId, forceId: forceId, question, value: parsedValue, now });
        return "saved" as const;
      }
      // Compare-and-set in raw SQL (lib/db/sql.ts): the hottest write of the service.
      const count =
        stored === null
          ? await tx.$executeRaw`DELETE FROM "Answer" WHERE "id" = ${existing.id} AND "version" = ${expectedVersion}`
          : await tx.$executeRaw`UPDATE "Answer" SET "value" = ${stored}, "version" = "version" + 1, "updatedById" = ${actor.userId}, "updatedAt" = ${now}, "carriedForward" = ${false}
              WHERE "id" = ${existing.id} AND "version" = ${expectedVersion}`;
      if (count === 0) return "conflict" as const;
      await appendAudit(tx, actor, { ...audit, action: stored === null ? "answer.clear" : "answer.save", after: stored === null ? null : JSON.parse(stored) });
      return "saved" as const;
    })
    .catch((e: unknown) => {
      // Two first saves of the same answer at once: the unique key lets one through.
      if (e instanceof Error && "code" in e && (e as { code: string }).code === "P2002") return "conflict" as const;
      throw e;
    });
  if (result === "conflict") throw await conflict();
  if (result === "locked") throw new ForbiddenError("This assessment has just been sent for sign-off, so its answers cannot be changed");
  if (stored === null) return null;
  return { code, value: JSON.parse(stored), version: expectedVersion + 1, updatedAt: now, updatedBy: actor.name };
}
