import "server-only";
import type { Actor } from "@/lib/auth/roles.ts";
import { can } from "@/lib/auth/permissions.ts";
import { parseActionFilters } from "@/lib/actions/filters.ts";
import { OPEN_STATUSES, ukDay } from "@/lib/actions/rag.ts";
import type { ActionDashboard } from "@/lib/actions/types.ts";
import { prisma } from "./client.ts";
import { checklistOfAction } from "./action-detail.ts";
import { NotFoundError } from "./errors.ts";
import { countActions, pageOfActions, summarySelect, toSummary } from "./action-query.ts";
import { actionWhereSql, ragSql } from "./action-sql.ts";
import { enumList, toNumber } from "./sql.ts";

// The chief officer's home (and PSD's overview): the force's current assessment and where its
// actions stand. Every figure comes from the same where clauses the tracker filters with.

const LIST_SIZE = 10;
const RECENT_DAYS = 30;

/** The force's assessment in the latest cycle it has one for. */
export async function currentAssessmentOf(forceId: string) {
  return prisma.assessment.findFirst({
    where: { forceId },
    orderBy: [{ cycle: { periodStart: "desc" } }, { startedAt: "desc" }],
    select: { id: true, reference: true, status: true, checklistVersionId: true, cycle: { select: { name: true, deadline: true } } },
  });
}

type SectionRow = { sectionCode: string; outstanding: number | bigint; red: number | bigint; amber: number | bigint };

/** Outstanding actions per section (an action counts once in each section it touches), with RAG. */
function outstandingBySection(forceId: string, now: Date) {
  return prisma.$queryRaw<SectionRow[]>`
    SELECT q."sectionCode" AS "sectionCode", CAST(COUNT(DISTINCT a."id") AS INTEGER) AS "outstanding",
      CAST(COUNT(DISTINCT CASE WHEN ${ragSql("red", now)} THEN a."id" END) AS INTEGER) AS "red",
      CAST(COUNT(DISTINCT CASE WHEN ${ragSql("amber", now)} THEN a."id" END) AS INTEGER) AS "amber"
    FROM "Action" a JOIN "ActionQuestion" q ON q."actionId" = a."id"
    WHERE a."forceId" = ${forceId} AND a."status" IN (${enumList(OPEN_STATUSES)})
    GROUP BY q."sectionCode"`;
}

export async function getActionDashboard(actor: Actor, now = new Date()): Promise<ActionDashboard> {
  const forceId = actor.forceId;
  if (!forceId || !can(actor, "action:write", { forceId })) throw new NotFoundError();
  // The tracker's own queries, so every figure matches the filtered tracker it links to.
  const tracker = (query: Record<string, string>) => {
    const filters = parseActionFilters({ ...query, perPage: "25" });
    return pageOfActions(actionWhereSql(actor, filters, now), filters.sort, 0, LIST_SIZE, now);
  };
  const recentFrom = new Date(now.getTime() - RECENT_DAYS * 86_400_000);

  const [force, assessment, totals, sections, overdue, dueSoon, recentlyClosed, awaitingVerification] = await Promise.all([
    prisma.force.findUniqueOrThrow({ where: { id: forceId }, select: { name: true } }),
    currentAssessmentOf(forceId),
    countActions(actionWhereSql(actor, parseActionFilters({}), now), now),
    outstandingBySection(forceId, now),
    tracker({ rag: "red" }),
    tracker({ rag: "amber" }),
    prisma.action.findMany({ where: { forceId, status: "CLOSED", closedAt: { gte: recentFrom } }, select: summarySelect, orderBy: [{ closedAt: "desc" }, { reference: "desc" }], take: LIST_SIZE }),
    tracker({ status: "COMPLETED" }),
  ]);

  const checklist = await checklistOfAction(assessment);
  const counted = new Map(sections.map((s) => [s.sectionCode, s]));
  const bySection = (checklist?.definition.sections ?? []).map((s) => {
    const c = counted.get(s.code);
    const [outstanding, red, amber] = c ? [toNumber(c.outstanding), toNumber(c.red), toNumber(c.amber)] : [0, 0, 0];
    return { sectionCode: s.code, title: s.title, outstanding, red, amber, green: outstanding - red - amber };
  });

  const done = totals.byRag.done;
  return {
    forceId,
    forceName: force.name,
    today: ukDay(now),
    assessment: assessment
      ? {
          id: assessment.id,
          reference: assessment.reference,
          cycleName: assessment.cycle.name,
          status: assessment.status,
          awaitingSignOff: assessment.status === "READY_FOR_SIGN_OFF",
          deadline: assessment.cycle.deadline.toISOString().slice(0, 10),
        }
      : null,
    totals,
    percentComplete: totals.total === 0 ? 0 : Math.round((done / totals.total) * 100),
    bySection,
    overdue,
    dueSoon,
    recentlyClosed: recentlyClosed.map((r) => toSummary(r, now)),
    awaitingVerification,
  };
}
