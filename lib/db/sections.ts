import "server-only";
import type { Actor } from "@/lib/auth/roles.ts";
import { can } from "@/lib/auth/permissions.ts";
import { sectionCompletionSchema } from "@/lib/assessments/section-schema.ts";
import { missingInSection } from "@/lib/assessments/navigation.ts";
import { parseOrThrow } from "@/lib/validation.ts";
import { prisma } from "./client.ts";
import { appendAudit } from "./audit.ts";
import { checklistForVersion } from "./checklist.ts";
import { ForbiddenError, NotFoundError, ValidationError } from "./errors.ts";

/** "Mark this section as completed": only when every required question that applies is answered. */
export async function setSectionCompleted(actor: Actor, input: unknown): Promise<{ completed: boolean }> {
  const { assessmentId, sectionCode, completed } = parseOrThrow(sectionCompletionSchema, input);
  const a = await prisma.assessment.findUnique({
    where: { id: assessmentId },
    select: { forceId: true, status: true, checklistVersionId: true, answers: { select: { questionCode: true, value: true } } },
  });
  if (!a || !can(actor, "assessment:read", a)) throw new NotFoundError();
  if (!can(actor, "assessment:answer", a)) throw new ForbiddenError("Only professional standards staff can change this assessment while it is a draft");
  const section = (await checklistForVersion(a.checklistVersionId)).sectionByCode.get(sectionCode);
  if (!section) throw new NotFoundError();
  const answers = Object.fromEntries(a.answers.map((x) => [x.questionCode, JSON.parse(x.value) as unknown]));
  const missing = missingInSection(section, answers);
  if (completed === "yes" && missing.length) {
    throw new ValidationError({
      completed: `Answer ${missing.length === 1 ? "the required question" : `all ${missing.length} required questions`} before marking this section as completed`,
    });
  }
  const done = completed === "yes";
  await prisma.$transaction(async (tx) => {
    const now = done ? new Date() : null;
    await tx.assessmentSection.upsert({
      where: { assessmentId_sectionCode: { assessmentId, sectionCode } },
      create: { assessmentId, sectionCode, completedAt: now, completedById: done ? actor.userId : null },
      update: { completedAt: now, completedById: done ? actor.userId : null },
    });
    await appendAudit(tx, actor, {
      entityType: "assessmentSection",
      entityId: `${assessmentId}:${sectionCode}`,
      action: done ? "section.complete" : "section.reopen",
      forceId: a.forceId,
      after: { completed: done },
    });
  });
  return { completed: done };
}
