import "server-only";
import type { Actor } from "@/lib/auth/roles.ts";
import { can, INSPECTOR_VISIBLE } from "@/lib/auth/permissions.ts";
import { resolveNationalFilters } from "@/lib/national/filters.ts";
import { buildNationalModel } from "@/lib/national/model.ts";
import type { NationalAssessment, NationalModel } from "@/lib/national/types.ts";
import { buildYearOnYear, type YearOnYear } from "@/lib/national/year-on-year.ts";
import { prisma } from "./client.ts";
import { checklistForVersion } from "./checklist.ts";
import { readCycleAssessments, readForces, readLatestVersionId } from "./national-queries.ts";
import { NotFoundError } from "./errors.ts";

// The inspectorate's national view and year on year. Only what an inspector may see is read:
// assessments that have reached the inspectorate, never drafts. The national view's reads are a
// handful of raw statements (national-queries.ts), so 44 forces × several cycles stay quick.

type Params = URLSearchParams | Readonly<Record<string, string | string[] | undefined>>;

function parseAnswers(rows: { questionCode: string; value: string }[]): Record<string, unknown> {
  return Object.fromEntries(rows.map((r) => [r.questionCode, JSON.parse(r.value) as unknown]));
}

function assertInspector(actor: Actor): void {
  if (!can(actor, "national:read", null)) throw new NotFoundError();
}

/** The national table, figures and judgements for one cycle and, optionally, one region. */
export async function getNationalView(actor: Actor, params: Params): Promise<NationalModel> {
  assertInspector(actor);
  const [cycles, forces, latestId] = await Promise.all([
    prisma.assessmentCycle.findMany({ orderBy: { periodStart: "desc" }, select: { slug: true, name: true, periodStart: true, periodEnd: true, isOpen: true } }),
    readForces(),
    readLatestVersionId(),
  ]);
  const filters = resolveNationalFilters(params, cycles.map((c) => c.slug), [...new Set(forces.map((f) => f.region))]);
  const rows = filters.cycle ? await readCycleAssessments(filters.cycle, filters.region) : { assessments: [], sections: [], answers: [] };
  const answers = groupBy(rows.answers, (r) => r.assessmentId);
  const sections = groupBy(rows.sections, (r) => r.assessmentId);
  const assessments: NationalAssessment[] = await Promise.all(
    rows.assessments.map(async (a) => ({
      id: a.id,
      reference: a.reference,
      forceSlug: a.forceSlug,
      status: a.status,
      judgement: a.judgement,
      sections: (sections.get(a.id) ?? []).map((s) => ({ code: s.sectionCode, completed: s.completedAt !== null, judgement: s.judgement })),
      answers: parseAnswers(answers.get(a.id) ?? []),
      definition: (await checklistForVersion(a.checklistVersionId)).definition,
    })),
  );
  const columns = latestId ? (await checklistForVersion(latestId)).definition.sections.map((s) => ({ code: s.code, title: s.title })) : [];
  return buildNationalModel({
    filters,
    cycles,
    forces: forces.map(({ slug, name, region }) => ({ slug, name, region })),
    sections: columns,
    assessments,
    yearOnYear: new Set(forces.filter((f) => f.visibleAssessments >= 2).map((f) => f.slug)),
  });
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return map;
}

/** One force's assessments across cycles, and what changed between two of them. */
export async function getYearOnYear(actor: Actor, forceSlug: string, choice: { from?: string; to?: string } = {}): Promise<YearOnYear> {
  assertInspector(actor);
  if (typeof forceSlug !== "string" || forceSlug.length > 100) throw new NotFoundError();
  const force = await prisma.force.findUnique({ where: { slug: forceSlug }, select: { id: true, slug: true, name: true, region: true } });
  if (!force) throw new NotFoundError();
  const rows = await prisma.assessment.findMany({
    where: { forceId: force.id, status: { in: [...INSPECTOR_VISIBLE] } },
    orderBy: { cycle: { periodStart: "asc" } },
    select: {
      id: true,
      reference: true,
      status: true,
      judgement: true,
      checklistVersionId: true,
      cycle: { select: { slug: true, name: true, periodStart: true, periodEnd: true } },
      sections: { select: { sectionCode: true, judgement: true } },
      answers: { select: { questionCode: true, value: true } },
    },
  });
  const inputs = await Promise.all(
    rows.map(async (r) => ({
      id: r.id,
      reference: r.reference,
      status: r.status,
      judgement: r.judgement,
      cycle: r.cycle,
      sections: r.sections.map((s) => ({ code: s.sectionCode, judgement: s.judgement })),
      answers: parseAnswers(r.answers),
      definition: (await checklistForVersion(r.checklistVersionId)).definition,
    })),
  );
  return buildYearOnYear({ slug: force.slug, name: force.name, region: force.region }, inputs, choice);
}
