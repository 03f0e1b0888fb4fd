import "server-only";
import { Prisma } from "@/generated/prisma/client.ts";

// Hand-written SQL for the hottest paths (every request's actor, every autosave). Prisma's query
// compiler costs about 1 ms per ORM call here; a parameterised raw statement costs about 0.15 ms.
// Identifiers are quoted so one statement runs on SQLite and PostgreSQL alike (same table names).

/**
 * A fixed list of enum values as SQL literals: PostgreSQL will not compare an enum column with a
 * text parameter, so these are inlined. Only ever called with the app's own constants.
 */
export function enumList(values: readonly string[]): Prisma.Sql {
  for (const v of values) if (!/^[A-Z_]+$/.test(v)) throw new Error(`Not an enum value: ${v}`);
  return Prisma.raw(values.map((v) => `'${v}'`).join(", "));
}

/** Raw counts and versions come back as number on SQLite and PostgreSQL int4, BigInt for int8. */
export function toNumber(v: number | bigint): number {
  return typeof v === "bigint" ? Number(v) : v;
}
