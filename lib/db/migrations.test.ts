import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { databaseUrl, isPostgresUrl } from "./url.ts";

// The committed PostgreSQL migrations, replayed into a shadow database, must give exactly the
// derived schema: this catches a schema change committed without its PostgreSQL migration.
// SQLite cannot be checked this way: its adapter cannot replay a migration into a shadow database
// (Prisma runs the whole script as one statement there), so this runs in the dal-postgres project only.
describe.runIf(isPostgresUrl(databaseUrl()))("PostgreSQL migrations", () => {
  it("match prisma/postgresql/schema.prisma", () => {
    const r = spawnSync(
      process.execPath,
      [
        "node_modules/prisma/build/index.js",
        "migrate",
        "diff",
        "--from-migrations",
        "prisma/postgresql/migrations",
        "--to-schema-datamodel",
        "prisma/postgresql/schema.prisma",
        "--script",
        "--exit-code",
      ],
      { env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" }, encoding: "utf8" },
    );
    // --exit-code: 0 = no difference, 2 = the SQL printed is missing from the migrations.
    expect(r.status === 0 ? "" : r.stdout + r.stderr).toBe("");
  });
});
