import "server-only";
import { Prisma } from "@/generated/prisma/client.ts";
import type { Actor } from "@/lib/auth/roles.ts";
import { INSPECTOR_VISIBLE } from "@/lib/auth/permissions.ts";
import type { ActionFilters, ActionSort } from "@/lib/actions/filters.ts";
import { PRIORITIES } from "@/lib/actions/filters.ts";
import { parseOwnerFilter } from "@/lib/actions/owners.ts";
import { ACTION_STATUSES, addDays, dayStart, ragRange, type Rag } from "@/lib/actions/rag.ts";
import { NotFoundError } from "./errors.ts";
import { enumList } from "./sql.ts";
import { databaseUrl, isPostgresUrl } from "./url.ts";

// The tracker's filters as SQL, so a page of 5,000 actions costs three short statements: counts
// by status and RAG, the page itself (joined with force and owner), and the page's linked questions.
// The same rules as lib/actions/rag.ts and lib/actions/filters.ts; the alias of "Action" is a.

/** Who may see which actions: a force's own users its actions; inspectors those of assessments that reached them. */
function scopeSql(actor: Actor, forceSlug: string | undefined): Prisma.Sql {
  if ((actor.role === "PSD" || actor.role === "CHIEF_OFFICER") && actor.forceId) return Prisma.sql`a."forceId" = ${actor.forceId}`;
  if (actor.role !== "INSPECTOR") throw new NotFoundError();
  const visible = Prisma.sql`EXISTS (SELECT 1 FROM "Assessment" s WHERE s."id" = a."assessmentId" AND s."status" IN (${enumList(INSPECTOR_VISIBLE)}))`;
  return forceSlug ? Prisma.sql`${visible} AND a."forceId" IN (SELECT f2."id" FROM "Force" f2 WHERE f2."slug" = ${forceSlug})` : visible;
}

/** Due dates are midnight UTC of the due day, so "due on or before day D" is "before midnight after D". */
export function ragSql(rag: Rag, now: Date): Prisma.Sql {
  const r = ragRange(rag, now);
  const parts = [Prisma.sql`a."status" IN (${enumList(r.statuses)})`];
  if (r.from) parts.push(Prisma.sql`a."dueDate" >= ${dayStart(r.from)}`);
  if (r.to) parts.push(Prisma.sql`a."dueDate" < ${dayStart(addDays(r.to, 1))}`);
  return Prisma.sql`(${Prisma.join(parts, " AND ")})`;
}

function ownerSql(value: string): Prisma.Sql {
  const o = parseOwnerFilter(value);
  if (!o) return Prisma.sql`1 = 0`; // an owner that matches nobody, not everybody
  if (o.userId) return Prisma.sql`a."ownerUserId" = ${o.userId}`;
  if (o.role) return Prisma.sql`a."ownerRole" = ${o.role}`;
  return Prisma.sql`a."ownerUserId" IS NULL AND a."ownerRole" IS NULL`;
}

function textSql(q: string): Prisma.Sql {
  // The words are matched as typed: % and _ are not wildcards. SQLite's LIKE ignores ASCII case.
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const like = isPostgresUrl(databaseUrl()) ? Prisma.raw("ILIKE") : Prisma.raw("LIKE");
  const match = (column: string) => Prisma.sql`a.${Prisma.raw(`"${column}"`)} ${like} ${pattern} ESCAPE '\\'`;
  return Prisma.sql`(${match("reference")} OR ${match("title")} OR ${match("description")})`;
}

/** The WHERE of the tracker: scope and every filter in the URL. */
export function actionWhereSql(actor: Actor, f: ActionFilters, now: Date): Prisma.Sql {
  const parts = [scopeSql(actor, f.force)];
  if (f.status.length) parts.push(Prisma.sql`a."status" IN (${enumList(f.status)})`);
  if (f.rag.length) parts.push(Prisma.sql`(${Prisma.join(f.rag.map((r) => ragSql(r, now)), " OR ")})`);
  if (f.overdue) parts.push(ragSql("red", now));
  if (f.priority.length) parts.push(Prisma.sql`a."priority" IN (${enumList(f.priority)})`);
  if (f.section.length) parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "ActionQuestion" q WHERE q."actionId" = a."id" AND q."sectionCode" IN (${Prisma.join(f.section)}))`);
  if (f.owner) parts.push(ownerSql(f.owner));
  if (f.q) parts.push(textSql(f.q));
  return Prisma.join(parts, " AND ");
}

/** Our order for an enum column, whatever the database's own (SQLite: by name; PostgreSQL: by declaration). */
function rankOf(column: string, values: readonly string[]): Prisma.Sql {
  return Prisma.raw(`CASE a."${column}" ${values.map((v, i) => `WHEN '${v}' THEN ${i}`).join(" ")} END`);
}

const dir = (desc: boolean) => Prisma.raw(desc ? "DESC" : "ASC");

/** ORDER BY for a sort key; the reference breaks ties, so pages never overlap or skip a row. */
export function orderSql(sort: ActionSort): Prisma.Sql {
  const desc = sort.startsWith("-");
  const key = sort.replace(/^-/, "");
  const byDue = Prisma.sql`a."dueDate" ASC, a."reference" ASC`;
  switch (key) {
    case "priority":
      return Prisma.sql`${rankOf("priority", PRIORITIES)} ${dir(desc)}, ${byDue}`;
    case "status":
      return Prisma.sql`${rankOf("status", ACTION_STATUSES)} ${dir(desc)}, ${byDue}`;
    case "updated":
      return Prisma.sql`a."updatedAt" ${dir(desc)}, a."reference" ASC`;
    case "title":
      return Prisma.sql`a."title" ${dir(desc)}, a."reference" ASC`;
    case "reference":
      return Prisma.sql`a."reference" ${dir(desc)}`;
    default:
      return Prisma.sql`a."dueDate" ${dir(desc)}, a."reference" ${dir(desc)}`;
  }
}
