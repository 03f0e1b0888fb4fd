import "server-only";
import type { Actor } from "@/lib/auth/roles.ts";
import { can, FORCE_EDITABLE, type AssessmentStatus } from "@/lib/auth/permissions.ts";
import type { QuestionDefinition } from "@/lib/checklist/types.ts";
import { prisma, type Tx } from "./client.ts";
import { checklistForVersion } from "./checklist.ts";
import { ForbiddenError, NotFoundError } from "./errors.ts";
import { enumList, toNumber } from "./sql.ts";

// Who may change a question's answer or its evidence, shared by lib/db/answers.ts and evidence.ts.

export type AnswerTarget = {
  assessmentId: string;
  forceId: string;
  versionId: string;
  question: QuestionDefinition;
  /** The answer as it stands, read in the same query (autosave makes this the hot path). */
  existing: { id: string; value: string; version: number } | null;
};

/** Out of scope → 404; visible but not the force's PSD while the force holds it → 403; unknown question → 404. */
export async function authoriseAnswerChange(actor: Actor, assessmentId: string, code: string, subject: "answers" | "evidence"): Promise<AnswerTarget> {
  // One raw join (see lib/db/sql.ts): autosave makes this the hottest read.
  const rows = await prisma.$queryRaw<{ forceId: string; status: AssessmentStatus; checklistVersionId: string; answerId: string | null; value: string | null; version: number | bigint | null }[]>`
    SELECT a."forceId", a."status", a."checklistVersionId", n."id" AS "answerId", n."value", n."version"
    FROM "Assessment" a LEFT JOIN "Answer" n ON n."assessmentId" = a."id" AND n."questionCode" = ${code}
    WHERE a."id" = ${assessmentId}`;
  const a = rows[0];
  if (!a || !can(actor, "assessment:read", a)) throw new NotFoundError();
  if (!can(actor, "assessment:answer", a)) {
    throw new ForbiddenError(
      actor.role === "PSD"
        ? `This assessment is with the chief officer or the inspectorate, so its ${subject} cannot be changed`
        : `Only professional standards staff can change ${subject}`,
    );
  }
  const question = (await checklistForVersion(a.checklistVersionId)).questionByCode.get(code);
  if (!question) throw new NotFoundError();
  const existing = a.answerId !== null && a.value !== null && a.version !== null ? { id: a.answerId, value: a.value, version: toNumber(a.version) } : null;
  return { assessmentId, forceId: a.forceId, versionId: a.checklistVersionId, question, existing };
}

/**
 * Inside the write's transaction: is the assessment still with the force? A change racing "send for
 * sign-off" or "submit" must not land after it, and touching the row serialises with those changes.
 */
export async function isStillOpen(tx: Tx, assessmentId: string, now = new Date()): Promise<boolean> {
  const count = await tx.$executeRaw`UPDATE "Assessment" SET "updatedAt" = ${now} WHERE "id" = ${assessmentId} AND "status" IN (${enumList(FORCE_EDITABLE)})`;
  return count > 0;
}
