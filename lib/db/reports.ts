import "server-only";
import type { Actor } from "@/lib/auth/roles.ts";
import { can } from "@/lib/auth/permissions.ts";
import { buildForceReport } from "@/lib/reports/build.ts";
import type { Judgement, ReportView } from "@/lib/reports/types.ts";
import { prisma } from "./client.ts";
import { checklistForVersion } from "./checklist.ts";
import { NotFoundError } from "./errors.ts";

export type { ReportView };

/**
 * The force status report of one assessment, generated from its answers and the inspectorate's
 * judgement. Anyone who may read the assessment may read its report; for anyone else it does not
 * exist. A report is a draft until the assessment is accepted.
 */
export async function getReport(actor: Actor, assessmentId: string): Promise<ReportView> {
  if (typeof assessmentId !== "string" || assessmentId.length > 64) throw new NotFoundError();
  const row = await prisma.assessment.findUnique({
    where: { id: assessmentId },
    select: {
      id: true,
      reference: true,
      forceId: true,
      status: true,
      checklistVersionId: true,
      judgement: true,
      judgementSummary: true,
      inspectorName: true,
      inspectorRegion: true,
      force: { select: { slug: true, name: true, region: true } },
      cycle: { select: { name: true, periodStart: true, periodEnd: true } },
      sections: { select: { sectionCode: true, judgement: true } },
      answers: { select: { questionCode: true, value: true } },
    },
  });
  if (!row || !can(actor, "assessment:read", { forceId: row.forceId, status: row.status })) throw new NotFoundError();
  const checklist = await checklistForVersion(row.checklistVersionId);
  const answers: Record<string, unknown> = Object.fromEntries(row.answers.map((a) => [a.questionCode, JSON.parse(a.value) as unknown]));
  const report = buildForceReport({
    checklist,
    answers,
    force: row.force,
    cycle: row.cycle,
    status: row.status,
    judgement: {
      overall: row.judgement as Judgement | null,
      summary: row.judgementSummary,
      inspectorName: row.inspectorName,
      inspectorRegion: row.inspectorRegion,
      sections: Object.fromEntries(row.sections.map((s) => [s.sectionCode, s.judgement as Judgement | null])),
    },
    forceNames: await partnerNames(answers.J4),
  });
  return { ...report, assessmentId: row.id, reference: row.reference, generatedAt: new Date() };
}

/** Full names of the forces an answer names as alliance partners. */
async function partnerNames(slugs: unknown): Promise<Record<string, string>> {
  if (!Array.isArray(slugs) || slugs.length === 0) return {};
  const forces = await prisma.force.findMany({ where: { slug: { in: slugs.map(String) } }, select: { slug: true, name: true } });
  return Object.fromEntries(forces.map((f) => [f.slug, f.name]));
}
