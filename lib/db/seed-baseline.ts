import "server-only";
import { checklistV1 } from "@/lib/checklist/v1/index.ts";
import { buildSubmissionSnapshot } from "@/lib/assessments/snapshot.ts";
import { newAssessmentReference } from "@/lib/assessments/reference.ts";
import { buildAcceptanceSnapshot } from "@/lib/review/acceptance-snapshot.ts";
import { chiefEmail, psdEmail } from "@/prisma/seed/demo.ts";
import { BASELINE_INSPECTOR, baseline2011BySlug, CYCLE_2011, type BaselineAssessment } from "@/prisma/seed/demo-baseline-2011.ts";
import { prisma } from "./client.ts";
import { appendAudit } from "./audit.ts";

// Demo data only: the closed 2011 baseline cycle and the accepted baseline assessments of some
// demo forces (prisma/seed/demo-baseline-2011.ts), so the national view can filter by cycle and
// show year on year. Runs after the 2012 demo assessments, so those stay the first rows of each
// force, and the cycle is closed, so PSD users can still only start the 2012 revisit.

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function seedBaseline2011(): Promise<void> {
  const cycle = await prisma.assessmentCycle.upsert({
    where: { slug: CYCLE_2011.slug },
    create: { slug: CYCLE_2011.slug, name: CYCLE_2011.name, periodStart: day(CYCLE_2011.periodStart), periodEnd: day(CYCLE_2011.periodEnd), deadline: day(CYCLE_2011.deadline), isOpen: false },
    update: {},
  });
  const version = await prisma.checklistVersion.findUniqueOrThrow({ where: { number: checklistV1.version } });
  for (const [slug, baseline] of Object.entries(baseline2011BySlug)) {
    const force = await prisma.force.findUniqueOrThrow({ where: { slug }, select: { id: true, slug: true, name: true } });
    const [psd, chief] = await Promise.all(
      [psdEmail(slug), chiefEmail(slug)].map((email) => prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true } })),
    );
    await seedAcceptedBaseline({ force, cycle, version, baseline, psdId: psd!.id, chief: chief! });
  }
}

type BaselineSeed = {
  force: { id: string; slug: string; name: string };
  cycle: { id: string; slug: string; name: string; periodStart: Date; periodEnd: Date };
  version: { id: string; number: number; contentHash: string };
  baseline: BaselineAssessment;
  psdId: string;
  chief: { id: string; name: string };
};

async function seedAcceptedBaseline({ force, cycle, version, baseline, psdId, chief }: BaselineSeed): Promise<void> {
  const submittedAt = new Date(baseline.submittedAt);
  const acceptedAt = new Date(baseline.acceptedAt);
  const declaration = { name: chief.name, role: "Deputy Chief Constable", date: submittedAt };
  const judgement = { judgement: baseline.judgement, summary: baseline.judgementSummary, inspectorName: BASELINE_INSPECTOR.name, inspectorRegion: BASELINE_INSPECTOR.region };
  await prisma.$transaction(async (tx) => {
    const a = await tx.assessment.create({
      data: {
        reference: newAssessmentReference(cycle.periodEnd.getUTCFullYear()),
        forceId: force.id,
        cycleId: cycle.id,
        checklistVersionId: version.id,
        status: "ACCEPTED",
        startedById: psdId,
        startedAt: new Date(submittedAt.getTime() - 30 * 86_400_000),
        readyAt: new Date(submittedAt.getTime() - 86_400_000),
        submittedAt,
        acceptedAt,
        declarationName: declaration.name,
        declarationRole: declaration.role,
        declarationDate: submittedAt,
        judgement: judgement.judgement,
        judgementSummary: judgement.summary,
        inspectorName: judgement.inspectorName,
        inspectorRegion: judgement.inspectorRegion,
        sections: {
          create: checklistV1.sections.map((s) => ({ sectionCode: s.code, completedAt: submittedAt, completedById: psdId, judgement: baseline.sectionJudgements[s.code] ?? null })),
        },
      },
    });
    await tx.answer.createMany({
      data: Object.entries(baseline.answers).map(([code, value]) => ({
        assessmentId: a.id,
        versionId: version.id,
        questionCode: code,
        value: JSON.stringify(value),
        updatedById: psdId,
        createdAt: submittedAt,
        updatedAt: submittedAt,
      })),
    });
    const common = { assessment: a, force, cycle, checklist: { number: version.number, contentHash: version.contentHash }, answers: baseline.answers };
    const submission = buildSubmissionSnapshot({ ...common, declaration: { ...declaration, date: baseline.submittedAt.slice(0, 10) }, takenAt: submittedAt });
    const acceptance = buildAcceptanceSnapshot({ ...common, declaration, judgement, sectionJudgements: baseline.sectionJudgements, takenAt: acceptedAt });
    await tx.snapshot.createMany({
      data: [
        { assessmentId: a.id, sequence: 1, kind: "SUBMISSION", content: submission.content, sha256: submission.sha256, createdById: chief.id, createdAt: submittedAt },
        { assessmentId: a.id, sequence: 2, kind: "ACCEPTANCE", content: acceptance.content, sha256: acceptance.sha256, createdAt: acceptedAt },
      ],
    });
    await appendAudit(tx, null, {
      entityType: "assessment",
      entityId: a.id,
      action: "assessment.seed-accepted",
      forceId: force.id,
      after: { status: "ACCEPTED", cycle: cycle.slug, judgement: judgement.judgement, snapshotSha256: acceptance.sha256 },
    });
  });
}
