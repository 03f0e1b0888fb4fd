import "server-only";
import { CYCLE_2012, INSPECTOR } from "@/prisma/seed/demo.ts";
import { DEMO_ACCEPTANCES, type DemoAcceptance } from "@/prisma/seed/demo-review.ts";
import { prisma } from "./client.ts";
import { appendAudit } from "./audit.ts";
import { recordAcceptance } from "./review-acceptance.ts";
import { reviewRowSelect } from "./review-common.ts";

// Demo data: the accepted 2012 assessments (prisma/seed/demo-review.ts), recorded by the same
// code as the inspector's acceptance. Runs after the submitted assessments are seeded, into an
// empty database only.

export async function seedDemoReviews(): Promise<void> {
  const inspector = await prisma.user.findUniqueOrThrow({ where: { email: INSPECTOR.email }, select: { id: true } });
  for (const [slug, demo] of Object.entries(DEMO_ACCEPTANCES)) await seedAcceptance(slug, demo, inspector.id);
}

async function seedAcceptance(slug: string, demo: DemoAcceptance, inspectorId: string): Promise<void> {
  const row = await prisma.assessment.findFirstOrThrow({ where: { force: { slug }, cycle: { slug: CYCLE_2012.slug }, status: "SUBMITTED" }, select: reviewRowSelect });
  const at = new Date(demo.acceptedAt);
  const judgement = { judgement: demo.judgement, summary: demo.summary, inspectorName: demo.inspectorName, inspectorRegion: demo.inspectorRegion };
  await prisma.$transaction(async (tx) => {
    // The inspector's notes on answers they accepted, a few minutes before accepting the assessment.
    for (const [i, [code, body]] of Object.entries(demo.acceptedAnswers).entries()) {
      const createdAt = new Date(at.getTime() - (10 - i) * 60_000);
      await tx.reviewComment.create({ data: { assessmentId: row.id, questionCode: code, kind: "ACCEPTED", body, authorId: inspectorId, round: 1, createdAt } });
    }
    await tx.assessment.update({
      where: { id: row.id },
      data: { status: "ACCEPTED", acceptedAt: at, judgement: demo.judgement, judgementSummary: demo.summary, inspectorName: demo.inspectorName, inspectorRegion: demo.inspectorRegion, version: { increment: 1 } },
    });
    const snapshot = await recordAcceptance(tx, row, { judgement, sectionJudgements: demo.sectionJudgements, at, byUserId: inspectorId });
    await appendAudit(tx, null, {
      entityType: "assessment",
      entityId: row.id,
      forceId: row.forceId,
      action: "review.seed-accepted",
      after: { status: "ACCEPTED", ...judgement, sectionJudgements: demo.sectionJudgements, snapshot },
    });
  });
}
