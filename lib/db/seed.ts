import "server-only";
import { hashPassword } from "better-auth/crypto";
import { checklistV1 } from "@/lib/checklist/v1/index.ts";
import { buildSubmissionSnapshot } from "@/lib/assessments/snapshot.ts";
import { newAssessmentReference } from "@/lib/assessments/reference.ts";
import type { Role } from "@/lib/auth/roles.ts";
import { ALLIANCES, FORCES } from "@/prisma/seed/forces.ts";
import { demoAnswersBySlug } from "@/prisma/seed/demo-answers/index.ts";
import { ADMIN, CYCLE_2012, DEMO_PASSWORD, DEMO_SUBMISSIONS, INSPECTOR, chiefEmail, psdEmail } from "@/prisma/seed/demo.ts";
import { prisma } from "./client.ts";
import { appendAudit } from "./audit.ts";
import { publishChecklistVersion } from "./checklist.ts";
import { seedDemoReviews } from "./review-seed.ts";
import { seedBaseline2011 } from "./seed-baseline.ts";
import { seedDemoActions } from "@/prisma/seed/demo-actions.ts";

// Reference data is ensured on every start (idempotent); demo data only into an empty database.

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function seedReferenceData(): Promise<void> {
  for (const f of FORCES) {
    await prisma.force.upsert({ where: { slug: f.slug }, create: f, update: { name: f.name, region: f.region } });
  }
  for (const a of ALLIANCES) {
    const alliance = await prisma.alliance.upsert({
      where: { slug: a.slug },
      create: { slug: a.slug, name: a.name, description: a.description, formedOn: day(a.formedOn) },
      update: {},
    });
    for (const slug of a.members) {
      const force = await prisma.force.findUniqueOrThrow({ where: { slug }, select: { id: true } });
      await prisma.allianceMember.upsert({
        where: { allianceId_forceId: { allianceId: alliance.id, forceId: force.id } },
        create: { allianceId: alliance.id, forceId: force.id },
        update: {},
      });
    }
  }
  await prisma.assessmentCycle.upsert({
    where: { slug: CYCLE_2012.slug },
    create: { slug: CYCLE_2012.slug, name: CYCLE_2012.name, periodStart: day(CYCLE_2012.periodStart), periodEnd: day(CYCLE_2012.periodEnd), deadline: day(CYCLE_2012.deadline) },
    update: {},
  });
  await publishChecklistVersion(null, checklistV1);
}

export async function isDatabaseEmpty(): Promise<boolean> {
  return (await prisma.user.count()) === 0;
}

async function addUser(email: string, name: string, role: Role, forceId: string | null, passwordHash: string) {
  const user = await prisma.user.create({ data: { email, name, role, forceId, emailVerified: true }, select: { id: true } });
  await prisma.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password: passwordHash } });
  return user.id;
}

export async function seedDemoData(): Promise<void> {
  // One hash for the one documented demo password keeps seeding fast.
  const hash = await hashPassword(DEMO_PASSWORD);
  const forces = await prisma.force.findMany({ select: { id: true, slug: true, name: true } });
  // Each force's demo PSD lead and chief officer, by force slug: they start and sign off its assessment.
  const psds = new Map<string, string>();
  const chiefs = new Map<string, string>();
  for (const f of forces) {
    const short = f.name.replace(/ (Police|Constabulary|Police Service)$/, "");
    psds.set(f.slug, await addUser(psdEmail(f.slug), `${short} professional standards lead`, "PSD", f.id, hash));
    chiefs.set(f.slug, await addUser(chiefEmail(f.slug), `${short} deputy chief constable`, "CHIEF_OFFICER", f.id, hash));
  }
  await addUser(INSPECTOR.email, INSPECTOR.name, "INSPECTOR", null, hash);
  await addUser(ADMIN.email, ADMIN.name, "ADMIN", null, hash);

  const cycle = await prisma.assessmentCycle.findUniqueOrThrow({ where: { slug: CYCLE_2012.slug } });
  const version = await prisma.checklistVersion.findUniqueOrThrow({ where: { number: checklistV1.version } });
  for (const [slug, demo] of Object.entries(demoAnswersBySlug)) {
    const force = forces.find((f) => f.slug === slug);
    const meta = DEMO_SUBMISSIONS[slug];
    if (!force || !meta) throw new Error(`Demo data names an unknown force: ${slug}`);
    await seedSubmittedAssessment({ force, cycle, versionId: version.id, contentHash: version.contentHash, versionNumber: version.number, answers: demo.answers, meta, psdId: psds.get(slug)!, chiefId: chiefs.get(slug)! });
  }
  await seedDemoReviews();
  await seedBaseline2011();
  await seedDemoActions();
}

type SubmittedSeed = {
  force: { id: string; slug: string; name: string };
  cycle: { id: string; slug: string; name: string; periodStart: Date; periodEnd: Date };
  versionId: string;
  versionNumber: number;
  contentHash: string;
  answers: Record<string, unknown>;
  meta: { submittedAt: string; declarationName: string; declarationRole: string };
  psdId: string;
  chiefId: string;
};

async function seedSubmittedAssessment(s: SubmittedSeed): Promise<void> {
  const submittedAt = new Date(s.meta.submittedAt);
  const sectionCodes = checklistV1.sections.map((sec) => sec.code);
  await prisma.$transaction(async (tx) => {
    const a = await tx.assessment.create({
      data: {
        reference: newAssessmentReference(2012),
        forceId: s.force.id,
        cycleId: s.cycle.id,
        checklistVersionId: s.versionId,
        status: "SUBMITTED",
        startedById: s.psdId,
        startedAt: new Date(submittedAt.getTime() - 40 * 86_400_000),
        readyAt: new Date(submittedAt.getTime() - 2 * 86_400_000),
        submittedAt,
        declarationName: s.meta.declarationName,
        declarationRole: s.meta.declarationRole,
        declarationDate: submittedAt,
        sections: { create: sectionCodes.map((code) => ({ sectionCode: code, completedAt: submittedAt, completedById: s.psdId })) },
      },
    });
    await tx.answer.createMany({
      data: Object.entries(s.answers).map(([code, value]) => ({
        assessmentId: a.id,
        versionId: s.versionId,
        questionCode: code,
        value: JSON.stringify(value),
        updatedById: s.psdId,
        createdAt: submittedAt,
        updatedAt: submittedAt,
      })),
    });
    const snapshot = buildSubmissionSnapshot({
      assessment: a,
      force: s.force,
      cycle: s.cycle,
      checklist: { number: s.versionNumber, contentHash: s.contentHash },
      answers: s.answers,
      declaration: { name: s.meta.declarationName, role: s.meta.declarationRole, date: s.meta.submittedAt.slice(0, 10) },
      takenAt: submittedAt,
    });
    await tx.snapshot.create({ data: { assessmentId: a.id, sequence: 1, kind: "SUBMISSION", content: snapshot.content, sha256: snapshot.sha256, createdById: s.chiefId, createdAt: submittedAt } });
    await appendAudit(tx, null, {
      entityType: "assessment",
      entityId: a.id,
      action: "assessment.seed-submitted",
      forceId: s.force.id,
      after: { status: "SUBMITTED", answers: Object.keys(s.answers).length, snapshotSha256: snapshot.sha256 },
    });
  });
}

/** For a production database without demo data: the first administrator. */
export async function createFirstAdmin(email: string, name: string, password: string): Promise<void> {
  const existing = await prisma.user.findUnique({ where: { email } });
  if (existing) throw new Error(`A user with the email address ${email} already exists`);
  const hash = await hashPassword(password);
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email, name, role: "ADMIN", emailVerified: true } });
    await tx.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password: hash } });
    await appendAudit(tx, null, { entityType: "user", entityId: user.id, action: "user.create-first-admin", after: { email, name, role: "ADMIN" } });
  });
}
