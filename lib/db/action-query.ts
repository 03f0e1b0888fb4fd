import "server-only";
import { Prisma } from "@/generated/prisma/client.ts";
import type { ActionSort } from "@/lib/actions/filters.ts";
import { NO_OWNER_LABEL, ownerRoleLabel } from "@/lib/actions/owners.ts";
import { addDays, ACTION_STATUSES, dayStart, dueDay, OPEN_STATUSES, ragOf, ragRange, RAGS, type ActionStatus } from "@/lib/actions/rag.ts";
import type { ActionCounts, ActionOwner, ActionSummary } from "@/lib/actions/types.ts";
import { prisma } from "./client.ts";
import { orderSql } from "./action-sql.ts";
import { toNumber } from "./sql.ts";

// The tracker's rows and counts, shared by the list, the dashboard and the exports: counts worked
// out in the database, a page in one statement, and the row shape (also built from Prisma reads).

export const summarySelect = {
  id: true,
  reference: true,
  forceId: true,
  assessmentId: true,
  title: true,
  ownerUserId: true,
  ownerRole: true,
  dueDate: true,
  priority: true,
  status: true,
  version: true,
  updatedAt: true,
  force: { select: { name: true } },
  owner: { select: { name: true } },
  questions: { select: { questionCode: true, sectionCode: true } },
} as const satisfies Prisma.ActionSelect;

export type SummaryRow = Prisma.ActionGetPayload<{ select: typeof summarySelect }>;

/** Question codes in checklist order: by section letter, then number (A2 before A10). */
export function byQuestionCode(a: string, b: string): number {
  return a[0]!.localeCompare(b[0]!) || Number(a.slice(1)) - Number(b.slice(1));
}

export function ownerOf(r: { ownerUserId: string | null; ownerRole: string | null; owner: { name: string } | null }): ActionOwner {
  if (r.ownerUserId) return { kind: "user", userId: r.ownerUserId, name: r.owner?.name ?? "Former member of staff" };
  if (r.ownerRole) return { kind: "role", role: r.ownerRole, label: ownerRoleLabel(r.ownerRole) };
  return { kind: "none" };
}

export function ownerLabelOf(o: ActionOwner): string {
  return o.kind === "user" ? o.name : o.kind === "role" ? o.label : NO_OWNER_LABEL;
}

export function toSummary(r: SummaryRow, now: Date): ActionSummary {
  const owner = ownerOf(r);
  const codes = r.questions.map((q) => q.questionCode).sort(byQuestionCode);
  return {
    id: r.id,
    reference: r.reference,
    forceId: r.forceId,
    forceName: r.force.name,
    assessmentId: r.assessmentId,
    title: r.title,
    owner,
    ownerLabel: ownerLabelOf(owner),
    dueDate: dueDay(r.dueDate),
    priority: r.priority,
    status: r.status,
    rag: ragOf(r, now),
    sections: [...new Set(r.questions.map((q) => q.sectionCode))].sort(),
    questionCodes: codes,
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  };
}

const zeroBy = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Totals by status and by RAG of the actions matching where: one statement. */
export async function countActions(where: Prisma.Sql, now: Date): Promise<ActionCounts> {
  const red = ragRange("red", now);
  const amber = ragRange("amber", now);
  const overdueBefore = dayStart(addDays(red.to!, 1));
  const soonFrom = dayStart(amber.from!);
  const soonBefore = dayStart(addDays(amber.to!, 1));
  const rows = await prisma.$queryRaw<{ status: ActionStatus; n: number | bigint; red: number | bigint | null; amber: number | bigint | null }[]>`
    SELECT a."status" AS "status", CAST(COUNT(*) AS INTEGER) AS "n",
      CAST(SUM(CASE WHEN a."dueDate" < ${overdueBefore} THEN 1 ELSE 0 END) AS INTEGER) AS "red",
      CAST(SUM(CASE WHEN a."dueDate" >= ${soonFrom} AND a."dueDate" < ${soonBefore} THEN 1 ELSE 0 END) AS INTEGER) AS "amber"
    FROM "Action" a WHERE ${where} GROUP BY a."status"`;
  const byStatus = zeroBy(ACTION_STATUSES);
  const byRag = zeroBy(RAGS);
  for (const r of rows) {
    const n = toNumber(r.n);
    byStatus[r.status] = n;
    if (!OPEN_STATUSES.includes(r.status)) {
      byRag.done += n;
      continue;
    }
    const [overdue, soon] = [toNumber(r.red ?? 0), toNumber(r.amber ?? 0)];
    byRag.red += overdue;
    byRag.amber += soon;
    byRag.green += n - overdue - soon;
  }
  return { total: ACTION_STATUSES.reduce((n, s) => n + byStatus[s], 0), byRag, byStatus };
}

type RawRow = Omit<SummaryRow, "force" | "owner" | "questions" | "dueDate" | "updatedAt" | "version"> & {
  dueDate: Date | string;
  updatedAt: Date | string;
  version: number | bigint;
  forceName: string;
  ownerName: string | null;
};

/** One page of matching actions in the asked order, as the tracker's rows: two statements. */
export async function pageOfActions(where: Prisma.Sql, sort: ActionSort, skip: number, take: number, now: Date): Promise<ActionSummary[]> {
  const rows = await prisma.$queryRaw<RawRow[]>`
    SELECT a."id", a."reference", a."forceId", a."assessmentId", a."title", a."ownerUserId", a."ownerRole", a."dueDate",
      a."priority", a."status", a."version", a."updatedAt", f."name" AS "forceName", u."name" AS "ownerName"
    FROM "Action" a JOIN "Force" f ON f."id" = a."forceId" LEFT JOIN "user" u ON u."id" = a."ownerUserId"
    WHERE ${where} ORDER BY ${orderSql(sort)} LIMIT ${take} OFFSET ${skip}`;
  if (rows.length === 0) return [];
  const byAction = new Map<string, { questionCode: string; sectionCode: string }[]>();
  // In chunks: an export may ask for thousands, and databases cap the parameters of one statement.
  for (let i = 0; i < rows.length; i += 1000) {
    const ids = rows.slice(i, i + 1000).map((r) => r.id);
    const links = await prisma.$queryRaw<{ actionId: string; questionCode: string; sectionCode: string }[]>`
      SELECT q."actionId", q."questionCode", q."sectionCode" FROM "ActionQuestion" q WHERE q."actionId" IN (${Prisma.join(ids)})`;
    for (const l of links) byAction.set(l.actionId, [...(byAction.get(l.actionId) ?? []), { questionCode: l.questionCode, sectionCode: l.sectionCode }]);
  }
  return rows.map(({ forceName, ownerName, ...r }) =>
    toSummary(
      {
        ...r,
        dueDate: new Date(r.dueDate),
        updatedAt: new Date(r.updatedAt),
        version: toNumber(r.version),
        force: { name: forceName },
        owner: ownerName === null ? null : { name: ownerName },
        questions: byAction.get(r.id) ?? [],
      },
      now,
    ),
  );
}
