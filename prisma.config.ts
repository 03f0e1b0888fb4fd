import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl, isPostgresUrl, sqliteFilePath } from "./lib/db/url.ts";
import { createPgAdapter } from "./lib/db/pg-adapter.ts";

// Prisma does not read .env when this file exists: the URL comes from the environment or the default.
const url = (process.env.DATABASE_URL = databaseUrl());
// One schema per provider; prisma/postgresql/schema.prisma is derived (npm run db:derive-pg).
const postgres = isPostgresUrl(url);
const dir = postgres ? path.join("prisma", "postgresql") : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(dir, "schema.prisma"),
  migrations: { path: path.join(dir, "migrations") },
  async adapter() {
    // Migrations may legitimately run longer than the app's statement timeout.
    if (postgres) return createPgAdapter(url, { max: 2, statementTimeoutMs: 0, connectionTimeoutMs: 10_000 });
    const file = sqliteFilePath(url);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    return new PrismaBetterSQLite3({ url: file });
  },
});
