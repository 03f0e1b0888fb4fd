import "server-only";
import type { Actor } from "@/lib/auth/roles.ts";
import { can } from "@/lib/auth/permissions.ts";
import { startAssessmentSchema } from "@/lib/assessments/start-schema.ts";
import { newAssessmentReference } from "@/lib/assessments/reference.ts";
import { parseOrThrow } from "@/lib/validation.ts";
import { prisma } from "./client.ts";
import { appendAudit } from "./audit.ts";
import { latestChecklistVersion } from "./checklist.ts";
import { ConflictError, NotFoundError, ValidationError } from "./errors.ts";

/**
 * PSD staff start their force's assessment for an open cycle, pinned to the latest checklist
 * version. Answers of the force's last accepted assessment are carried forward for confirmation.
 */
export async function startAssessment(actor: Actor, input: unknown): Promise<{ id: string; reference: string; carriedForward: number }> {
  const { cycleSlug } = parseOrThrow(startAssessmentSchema, input);
  if (!actor.forceId || !can(actor, "assessment:start", { forceId: actor.forceId })) throw new NotFoundError();
  const forceId = actor.forceId;
  const cycle = await prisma.assessmentCycle.findUnique({ where: { slug: cycleSlug } });
  if (!cycle) throw new NotFoundError();
  if (!cycle.isOpen) throw new ValidationError({ cycleSlug: `The ${cycle.name} cycle is closed` });
  const version = await latestChecklistVersion();
  if (!version) throw new Error("No checklist version has been published");
  const existing = await prisma.assessment.findUnique({ where: { forceId_cycleId: { forceId, cycleId: cycle.id } }, select: { id: true } });
  if (existing) throw new ConflictError(`Your force has already started the ${cycle.name} health check`, { id: existing.id });

  const previous = await prisma.assessment.findFirst({
    where: { forceId, status: "ACCEPTED", cycleId: { not: cycle.id } },
    orderBy: { acceptedAt: "desc" },
    select: { id: true, answers: { select: { questionCode: true, value: true } } },
  });
  const codes = new Set((await prisma.checklistQuestion.findMany({ where: { versionId: version.id }, select: { code: true } })).map((q) => q.code));
  const carried = (previous?.answers ?? []).filter((a) => codes.has(a.questionCode));
  const year = cycle.periodEnd.getUTCFullYear();

  try {
    return await prisma.$transaction(async (tx) => {
      const a = await tx.assessment.create({
        data: { reference: newAssessmentReference(year), forceId, cycleId: cycle.id, checklistVersionId: version.id, startedById: actor.userId },
        select: { id: true, reference: true },
      });
      if (carried.length) {
        await tx.answer.createMany({
          data: carried.map((c) => ({ assessmentId: a.id, versionId: version.id, questionCode: c.questionCode, value: c.value, carriedForward: true, updatedById: actor.userId })),
        });
      }
      await appendAudit(tx, actor, {
        entityType: "assessment",
        entityId: a.id,
        action: "assessment.start",
        forceId,
        after: { cycle: cycle.slug, checklistVersion: version.number, carriedForwardFrom: previous?.id ?? null, carriedForward: carried.length },
      });
      return { ...a, carriedForward: carried.length };
    });
  } catch (e) {
    // Two starts at once: the unique (force, cycle) key lets only one through.
    if (e instanceof Error && "code" in e && (e as { code: string }).code === "P2002") {
      throw new ConflictError(`Your force has already started the ${cycle.name} health check`);
    }
    throw e;
  }
}
