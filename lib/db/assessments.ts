import "server-only";
import type { Actor } from "@/lib/auth/roles.ts";
import { can, INSPECTOR_VISIBLE, type AssessmentStatus } from "@/lib/auth/permissions.ts";
import { computeProgress, type Progress } from "@/lib/assessments/progress.ts";
import { prisma } from "./client.ts";
import { checklistForVersion } from "./checklist.ts";
import { NotFoundError } from "./errors.ts";

export type AssessmentSummary = {
  id: string;
  forceId: string;
  reference: string;
  status: AssessmentStatus;
  force: { slug: string; name: string; region: string };
  cycle: { slug: string; name: string; periodStart: Date; periodEnd: Date; deadline: Date };
  checklistVersion: number;
  submittedAt: Date | null;
  updatedAt: Date;
  progress: Pick<Progress, "sectionsCompleted" | "sectionsTotal" | "requiredAnswered" | "requiredTotal">;
};

export type AnswerView = { value: unknown; version: number; updatedAt: Date; updatedBy: string | null; carriedForward: boolean };

export type AssessmentDetail = AssessmentSummary & {
  checklistVersionId: string;
  answers: Record<string, AnswerView>;
  /** The answer values alone, keyed by question code, as progress and navigation read them. */
  values: Record<string, unknown>;
  completedSections: string[];
  declaration: { name: string; role: string; date: Date } | null;
  progressDetail: Progress;
  lastChange: { code: string; at: Date; by: string | null } | null;
  version: number;
};

const summarySelect = {
  id: true,
  reference: true,
  status: true,
  forceId: true,
  submittedAt: true,
  updatedAt: true,
  checklistVersionId: true,
  checklistVersion: { select: { number: true } },
  force: { select: { slug: true, name: true, region: true } },
  cycle: { select: { slug: true, name: true, periodStart: true, periodEnd: true, deadline: true } },
  sections: { select: { sectionCode: true, completedAt: true } },
  answers: { select: { questionCode: true, value: true } },
} as const;

/** The scope filter: what this actor may list. Admins see no assessments (no access to answers). */
function scopeWhere(actor: Actor) {
  if (actor.role === "PSD" || actor.role === "CHIEF_OFFICER") return { forceId: actor.forceId ?? "__none__" };
  if (actor.role === "INSPECTOR") return { status: { in: [...INSPECTOR_VISIBLE] } };
  return { id: "__none__" };
}

type SummaryRow = Awaited<ReturnType<typeof loadSummaries>>[number];
function loadSummaries(where: object) {
  return prisma.assessment.findMany({ where, select: summarySelect, orderBy: [{ cycle: { periodStart: "desc" } }, { force: { name: "asc" } }] });
}

function completedSet(row: { sections: { sectionCode: string; completedAt: Date | null }[] }): Set<string> {
  return new Set(row.sections.filter((s) => s.completedAt).map((s) => s.sectionCode));
}

async function toSummary(row: SummaryRow): Promise<AssessmentSummary> {
  const checklist = await checklistForVersion(row.checklistVersionId);
  const answers = Object.fromEntries(row.answers.map((a) => [a.questionCode, JSON.parse(a.value) as unknown]));
  const { sectionsCompleted, sectionsTotal, requiredAnswered, requiredTotal } = computeProgress(checklist.definition, answers, completedSet(row));
  return {
    id: row.id,
    forceId: row.forceId,
    reference: row.reference,
    status: row.status,
    force: row.force,
    cycle: row.cycle,
    checklistVersion: row.checklistVersion.number,
    submittedAt: row.submittedAt,
    updatedAt: row.updatedAt,
    progress: { sectionsCompleted, sectionsTotal, requiredAnswered, requiredTotal },
  };
}

export async function listAssessments(actor: Actor, filter: { status?: AssessmentStatus[] } = {}): Promise<AssessmentSummary[]> {
  const where = { AND: [scopeWhere(actor), filter.status ? { status: { in: filter.status } } : {}] };
  const rows = await loadSummaries(where);
  return Promise.all(rows.map(toSummary));
}

/** One assessment with its answers; anything outside the actor's scope is "not found". */
export async function getAssessment(actor: Actor, id: string): Promise<AssessmentDetail> {
  if (typeof id !== "string" || id.length > 64) throw new NotFoundError();
  const row = await prisma.assessment.findUnique({
    where: { id },
    select: {
      ...summarySelect,
      declarationName: true,
      declarationRole: true,
      declarationDate: true,
      version: true,
      answers: {
        select: { questionCode: true, value: true, version: true, updatedAt: true, carriedForward: true, updatedBy: { select: { name: true } } },
      },
    },
  });
  if (!row || !can(actor, "assessment:read", { forceId: row.forceId, status: row.status })) throw new NotFoundError();
  const summary = await toSummary(row);
  const checklist = await checklistForVersion(row.checklistVersionId);
  const answers: Record<string, AnswerView> = {};
  for (const a of row.answers) {
    answers[a.questionCode] = { value: JSON.parse(a.value), version: a.version, updatedAt: a.updatedAt, updatedBy: a.updatedBy?.name ?? null, carriedForward: a.carriedForward };
  }
  const values = Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, v.value]));
  return {
    ...summary,
    checklistVersionId: row.checklistVersionId,
    answers,
    values,
    completedSections: [...completedSet(row)],
    declaration:
      row.declarationName && row.declarationRole && row.declarationDate
        ? { name: row.declarationName, role: row.declarationRole, date: row.declarationDate }
        : null,
    progressDetail: computeProgress(checklist.definition, values, completedSet(row)),
    lastChange: latestChange(answers),
    version: row.version,
  };
}

function latestChange(answers: Record<string, AnswerView>): AssessmentDetail["lastChange"] {
  let latest: AssessmentDetail["lastChange"] = null;
  for (const [code, a] of Object.entries(answers)) {
    if (!latest || a.updatedAt > latest.at) latest = { code, at: a.updatedAt, by: a.updatedBy };
  }
  return latest;
}

export type CycleWithAssessment = {
  cycle: { id: string; slug: string; name: string; periodStart: Date; periodEnd: Date; deadline: Date; isOpen: boolean };
  assessment: AssessmentSummary | null;
};

/** A force user's home: every cycle, with their force's assessment for it where one exists. */
export async function listCyclesForOwnForce(actor: Actor): Promise<CycleWithAssessment[]> {
  if (!actor.forceId || (actor.role !== "PSD" && actor.role !== "CHIEF_OFFICER")) throw new NotFoundError();
  const [cycles, assessments] = await Promise.all([
    prisma.assessmentCycle.findMany({
      orderBy: { periodStart: "desc" },
      select: { id: true, slug: true, name: true, periodStart: true, periodEnd: true, deadline: true, isOpen: true },
    }),
    listAssessments(actor),
  ]);
  return cycles.map((cycle) => ({ cycle, assessment: assessments.find((a) => a.cycle.slug === cycle.slug) ?? null }));
}
