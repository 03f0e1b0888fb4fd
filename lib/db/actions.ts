import "server-only";
import type { Actor } from "@/lib/auth/roles.ts";
import { can } from "@/lib/auth/permissions.ts";
import type { ActionFilters } from "@/lib/actions/filters.ts";
import { OWNER_ROLES, OWNER_ROLE_LABELS } from "@/lib/actions/owners.ts";
import { suggestActions } from "@/lib/actions/suggestions.ts";
import type { ActionListResult, ActionSummary, SuggestedAction } from "@/lib/actions/types.ts";
import { ROLE_LABELS } from "@/lib/auth/roles.ts";
import { prisma } from "./client.ts";
import { checklistForVersion } from "./checklist.ts";
import { NotFoundError } from "./errors.ts";
import { countActions, pageOfActions } from "./action-query.ts";
import { actionWhereSql } from "./action-sql.ts";

export { getAction } from "./action-detail.ts";
export { getActionDashboard } from "./action-dashboard.ts";

// Reading actions: the tracker (with counts and pages worked out in the database), one action,
// the chief officer's dashboard, the owners a form offers, and suggested actions from answers.

/** The tracker: the actions this actor may see that match the filters, one page, with counts. */
export async function listActions(actor: Actor, filters: ActionFilters, now = new Date()): Promise<ActionListResult> {
  const where = actionWhereSql(actor, filters, now);
  const counts = await countActions(where, now);
  const perPage = filters.perPage;
  const pageCount = Math.max(1, Math.ceil(counts.total / perPage));
  // A page past the end (an old link, or rows that have since gone) shows the last page.
  const page = Math.min(filters.page, pageCount);
  const rows = counts.total === 0 ? [] : await pageOfActions(where, filters.sort, (page - 1) * perPage, perPage, now);
  return { rows, total: counts.total, page, perPage, pageCount, counts };
}

export const EXPORT_LIMIT = 10_000;

/** Every matching action in the tracker's order (no pages), for the CSV and Excel exports; capped. */
export async function listActionsForExport(actor: Actor, filters: ActionFilters, now = new Date()): Promise<ActionSummary[]> {
  return pageOfActions(actionWhereSql(actor, filters, now), filters.sort, 0, EXPORT_LIMIT, now);
}

export type OwnerOption = { value: string; label: string };

/**
 * Who can own an action: the force's people (and anyone who still owns one of its actions after
 * leaving), then the named roles. Inspectors filter by named role only.
 */
export async function listActionOwners(actor: Actor): Promise<OwnerOption[]> {
  const roles = OWNER_ROLES.map((r) => ({ value: `role:${r}`, label: OWNER_ROLE_LABELS[r] }));
  if (actor.role === "INSPECTOR") return roles;
  if (!actor.forceId || !can(actor, "action:write", { forceId: actor.forceId })) throw new NotFoundError();
  const users = await prisma.user.findMany({
    where: { forceId: actor.forceId, OR: [{ active: true }, { actionsOwned: { some: { forceId: actor.forceId } } }] },
    select: { id: true, name: true, role: true, active: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return [
    ...users.map((u) => ({ value: `user:${u.id}`, label: `${u.name} (${ROLE_LABELS[u.role].toLowerCase()}${u.active ? "" : ", no longer active"})` })),
    ...roles,
  ];
}

/**
 * Suggested actions from an assessment's answers, for anyone who may read the assessment; those
 * already raised (an action of the assessment linked to the question) or dismissed are left out.
 */
export async function listSuggestedActions(actor: Actor, assessmentId: string, questionCode?: string): Promise<SuggestedAction[]> {
  if (typeof assessmentId !== "string" || assessmentId.length > 64) throw new NotFoundError();
  const a = await prisma.assessment.findUnique({
    where: { id: assessmentId },
    select: {
      forceId: true,
      status: true,
      checklistVersionId: true,
      answers: { select: { questionCode: true, value: true } },
      dismissals: { select: { questionCode: true } },
      actions: { select: { questions: { select: { questionCode: true } } } },
    },
  });
  if (!a || !can(actor, "assessment:read", a)) throw new NotFoundError();
  const checklist = await checklistForVersion(a.checklistVersionId);
  const answers = Object.fromEntries(a.answers.map((r) => [r.questionCode, JSON.parse(r.value) as unknown]));
  const all = suggestActions(checklist, answers, {
    actioned: a.actions.flatMap((x) => x.questions.map((q) => q.questionCode)),
    dismissed: a.dismissals.map((d) => d.questionCode),
  });
  return questionCode ? all.filter((s) => s.questionCode === questionCode) : all;
}
