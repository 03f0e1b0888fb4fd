// `npm run db:new-migration -- <name>`: after editing prisma/schema.prisma, writes the migration of
// that change for both databases, from the last committed schema (git HEAD) to the current one:
//   prisma/migrations/<timestamp>_<name>/migration.sql             (SQLite)
//   prisma/postgresql/migrations/<timestamp>_<name>/migration.sql  (PostgreSQL, from the derived schemas)
// Works offline and needs no database. Hand-written SQL (triggers and the like) goes into both by hand.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { DERIVED, SOURCE, derivePostgresSchema } from "./derive-postgres-schema.ts";

const EMPTY = /^\s*-- This is an empty migration\.\s*$/;

function diff(from: string, to: string): string {
  const r = spawnSync(
    process.execPath,
    ["node_modules/prisma/build/index.js", "migrate", "diff", "--from-schema-datamodel", from, "--to-schema-datamodel", to, "--script"],
    // The SQLite default URL: a datamodel-to-datamodel diff then needs no database server, for either provider.
    { env: { ...process.env, DATABASE_URL: "file:./data/app.db", PRISMA_HIDE_UPDATE_MESSAGE: "1" }, encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(`prisma migrate diff failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

function timestamp(now = new Date()): string {
  return now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

function main(): void {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error("Usage: npm run db:new-migration -- <name in lower_snake_case>");

  const current = fs.readFileSync(SOURCE, "utf8");
  const derived = derivePostgresSchema(current);
  if (!fs.existsSync(DERIVED) || fs.readFileSync(DERIVED, "utf8") !== derived) {
    fs.writeFileSync(DERIVED, derived);
    console.log(`Updated ${DERIVED} (npm run db:derive-pg).`);
  }

  const committed = spawnSync("git", ["show", `HEAD:${SOURCE}`], { encoding: "utf8" });
  if (committed.status !== 0) throw new Error(`Cannot read the committed ${SOURCE}: ${committed.stderr}`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ihc-migration-"));
  try {
    const oldSqlite = path.join(tmp, "old.prisma");
    const oldPostgres = path.join(tmp, "old-postgresql.prisma");
    fs.writeFileSync(oldSqlite, committed.stdout);
    fs.writeFileSync(oldPostgres, derivePostgresSchema(committed.stdout));

    const scripts = [
      { dir: path.join("prisma", "migrations"), sql: diff(oldSqlite, SOURCE) },
      { dir: path.join("prisma", "postgresql", "migrations"), sql: diff(oldPostgres, DERIVED) },
    ];
    if (scripts.every((s) => EMPTY.test(s.sql))) {
      console.log(`${SOURCE} has not changed since the last commit: no migration written.`);
      return;
    }
    const folder = `${timestamp()}_${name}`;
    for (const { dir, sql } of scripts) {
      const file = path.join(dir, folder, "migration.sql");
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, sql);
      console.log(`Wrote ${file}`);
    }
    console.log("Review both, add any hand-written SQL to both, then commit them with the schema.");
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

try {
  main();
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
