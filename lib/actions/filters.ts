import { z } from "zod";
import { ACTION_STATUSES, RAGS } from "./rag.ts";

// The tracker's view (filters, sort, page) lives in the URL so it can be bookmarked and shared.
// One schema reads it for the page, the CSV/XLSX exports and GET /api/v1/actions. Unknown or
// malformed values fall back to the default rather than failing, as a shared link may be old.

export const PRIORITIES = ["HIGH", "MEDIUM", "LOW"] as const;
export type Priority = (typeof PRIORITIES)[number];
export const PRIORITY_LABELS: Record<Priority, string> = { HIGH: "High", MEDIUM: "Medium", LOW: "Low" };

export const SORTS = ["due", "-due", "priority", "-priority", "status", "-status", "updated", "-updated", "title", "-title", "reference", "-reference"] as const;
export type ActionSort = (typeof SORTS)[number];

export const PAGE_SIZES = [25, 50, 100] as const;
export const MAX_SEARCH = 200;

const listOf = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).flatMap((x) => x.split(","));
const manyValues = z.union([z.string(), z.array(z.string())]).optional().catch(undefined);

const many = <T extends readonly [string, ...string[]]>(values: T) =>
  manyValues.transform((v) => [...new Set(listOf(v).filter((x): x is T[number] => (values as readonly string[]).includes(x)))]);

const lenient = <S extends z.ZodType>(schema: S, fallback: z.output<S>) => schema.catch(fallback);

export const actionFiltersSchema = z.object({
  status: many(ACTION_STATUSES),
  rag: many(RAGS),
  priority: many(PRIORITIES),
  /** Section codes, e.g. "E": actions linked to any question of that section. */
  section: manyValues.transform((v) => [...new Set(listOf(v).filter((s) => /^[A-Z]$/.test(s)))]),
  /** A user id, or "role:CHIEF_OFFICER"-style named role, or "none" for unowned. */
  owner: lenient(z.string().max(100).optional(), undefined),
  overdue: lenient(z.enum(["1", "true"]).optional().transform((v) => v !== undefined), false),
  q: lenient(z.string().trim().max(MAX_SEARCH).optional().transform((v) => v || undefined), undefined),
  /** Inspectors: which force (slug). Force users are always limited to their own force. */
  force: lenient(z.string().regex(/^[a-z0-9-]+$/).max(60).optional(), undefined),
  sort: lenient(z.enum(SORTS).default("due"), "due"),
  page: lenient(z.coerce.number().int().min(1).max(100_000).default(1), 1),
  perPage: lenient(z.coerce.number().pipe(z.union(PAGE_SIZES.map((n) => z.literal(n)) as [z.ZodLiteral<25>, z.ZodLiteral<50>, z.ZodLiteral<100>])).default(25), 25),
});

export type ActionFilters = z.output<typeof actionFiltersSchema>;

/** Reads URLSearchParams or Next's searchParams object into filters. */
export function parseActionFilters(params: URLSearchParams | Record<string, string | string[] | undefined>): ActionFilters {
  const obj: Record<string, string | string[]> = {};
  if (params instanceof URLSearchParams) {
    for (const key of new Set(params.keys())) {
      const all = params.getAll(key);
      obj[key] = all.length === 1 ? all[0]! : all;
    }
  } else {
    for (const [k, v] of Object.entries(params)) if (v !== undefined) obj[k] = v;
  }
  return actionFiltersSchema.parse(obj);
}

/** Filters back to a query string (defaults left out), for links, pagination and exports. */
export function actionFiltersQuery(f: Partial<ActionFilters>): string {
  const p = new URLSearchParams();
  for (const s of f.status ?? []) p.append("status", s);
  for (const r of f.rag ?? []) p.append("rag", r);
  for (const x of f.priority ?? []) p.append("priority", x);
  for (const s of f.section ?? []) p.append("section", s);
  if (f.owner) p.set("owner", f.owner);
  if (f.overdue) p.set("overdue", "1");
  if (f.q) p.set("q", f.q);
  if (f.force) p.set("force", f.force);
  if (f.sort && f.sort !== "due") p.set("sort", f.sort);
  if (f.page && f.page !== 1) p.set("page", String(f.page));
  if (f.perPage && f.perPage !== 25) p.set("perPage", String(f.perPage));
  const s = p.toString();
  return s ? `?${s}` : "";
}
