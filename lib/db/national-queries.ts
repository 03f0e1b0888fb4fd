import "server-only";
import { Prisma } from "@/generated/prisma/client.ts";
import { INSPECTOR_VISIBLE, type AssessmentStatus } from "@/lib/auth/permissions.ts";
import type { Judgement } from "@/lib/review/judgements.ts";
import { prisma } from "./client.ts";
import { enumList, toNumber } from "./sql.ts";

// The national view's reads as hand-written SQL (see lib/db/sql.ts): 44 forces' answers are a few
// thousand rows, and Prisma's ORM materialises rows far slower than a raw statement returns them.
// Every statement keeps to what an inspector may see: assessments that reached the inspectorate.

const VISIBLE = enumList(INSPECTOR_VISIBLE);

export type ForceRow = { slug: string; name: string; region: string; visibleAssessments: number };

/** Active forces, each with how many assessments of theirs an inspector may see (for year on year). */
export async function readForces(): Promise<ForceRow[]> {
  const rows = await prisma.$queryRaw<{ slug: string; name: string; region: string; active: boolean | number; n: number | bigint }[]>`
    SELECT f."slug", f."name", f."region", f."active",
      (SELECT COUNT(*) FROM "Assessment" a WHERE a."forceId" = f."id" AND a."status" IN (${VISIBLE})) AS "n"
    FROM "Force" f`;
  return rows.filter((r) => !!r.active).map((r) => ({ slug: r.slug, name: r.name, region: r.region, visibleAssessments: toNumber(r.n) }));
}

export type CycleAssessmentRows = {
  assessments: { id: string; reference: string; status: AssessmentStatus; judgement: Judgement | null; checklistVersionId: string; forceSlug: string }[];
  sections: { assessmentId: string; sectionCode: string; completedAt: unknown; judgement: Judgement | null }[];
  answers: { assessmentId: string; questionCode: string; value: string }[];
};

/** One cycle's visible assessments (optionally one region's), with their section marks and answers. */
export async function readCycleAssessments(cycleSlug: string, region: string | null): Promise<CycleAssessmentRows> {
  const scope = Prisma.sql`JOIN "AssessmentCycle" c ON c."id" = a."cycleId" JOIN "Force" f ON f."id" = a."forceId"
    WHERE c."slug" = ${cycleSlug} AND a."status" IN (${VISIBLE})${region === null ? Prisma.empty : Prisma.sql` AND f."region" = ${region}`}`;
  const [assessments, sections, answers] = await Promise.all([
    prisma.$queryRaw<CycleAssessmentRows["assessments"]>`
      SELECT a."id", a."reference", a."status", a."judgement", a."checklistVersionId", f."slug" AS "forceSlug" FROM "Assessment" a ${scope}`,
    prisma.$queryRaw<CycleAssessmentRows["sections"]>`
      SELECT s."assessmentId", s."sectionCode", s."completedAt", s."judgement"
      FROM "AssessmentSection" s JOIN "Assessment" a ON a."id" = s."assessmentId" ${scope}`,
    prisma.$queryRaw<CycleAssessmentRows["answers"]>`
      SELECT n."assessmentId", n."questionCode", n."value" FROM "Answer" n JOIN "Assessment" a ON a."id" = n."assessmentId" ${scope}`,
  ]);
  return { assessments, sections, answers };
}

/** The newest published checklist version's id, whose sections are the table's columns. */
export async function readLatestVersionId(): Promise<string | null> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT "id" FROM "ChecklistVersion" ORDER BY "number" DESC LIMIT 1`;
  return rows[0]?.id ?? null;
}
