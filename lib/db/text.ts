import { isPostgresUrl, databaseUrl } from "./url.ts";

/**
 * A case-insensitive "contains" filter for a string column. SQLite's LIKE already ignores ASCII
 * case; PostgreSQL's is case-sensitive unless asked. Typed as the SQLite filter (no `mode`),
 * which is the type the data layer compiles against.
 */
export function textContains(q: string): { contains: string } {
  return isPostgresUrl(databaseUrl()) ? ({ contains: q, mode: "insensitive" } as { contains: string }) : { contains: q };
}
