import "server-only";
import type { Actor } from "@/lib/auth/roles.ts";
import { can, FORCE_EDITABLE } from "@/lib/auth/permissions.ts";
import type { QuestionDefinition } from "@/lib/checklist/types.ts";
import { prisma, type Tx } from "./client.ts";
import { checklistForVersion } from "./checklist.ts";
import { ForbiddenError, NotFoundError } from "./errors.ts";

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
  const a = await prisma.assessment.findUnique({
    where: { id: assessmentId },
    select: {
      forceId: true,
      status: true,
      checklistVersionId: true,
      answers: { where: { questionCode: code }, select: { id: true, value: true, version: true } },
    },
  });
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
  return { assessmentId, forceId: a.forceId, versionId: a.checklistVersionId, question, existing: a.answers[0] ?? null };
}

/**
 * Inside the write's transaction: is the assessment still with the force? A change racing "send for
 * sign-off" or "submit" must not land after it, and touching the row serialises with those changes.
 */
export async function isStillOpen(tx: Tx, assessmentId: string, now = new Date()): Promise<boolean> {
  const open = await tx.assessment.updateMany({ where: { id: assessmentId, status: { in: [...FORCE_EDITABLE] } }, data: { updatedAt: now } });
  return open.count > 0;
}
