import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client.ts";
import { PrismaClient as PostgresPrismaClient } from "@/generated/prisma-pg/client.ts";
import { createPgAdapter, poolSettingsFromEnv } from "./pg-adapter.ts";
import { databaseUrl, isPostgresUrl, sqliteFilePath } from "./url.ts";

// The one Prisma client of the process. Only modules under lib/db import it.

function createClient(): PrismaClient {
  const url = databaseUrl();
  if (isPostgresUrl(url)) {
    const client = new PostgresPrismaClient({ adapter: createPgAdapter(url, poolSettingsFromEnv()) });
    // Both clients come from one schema (prisma/postgresql/schema.prisma is derived), so their model
    // APIs are the same; the data layer is typed against the SQLite client's types.
    return client as unknown as PrismaClient;
  }
  const file = sqliteFilePath(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // timeout: wait for a writer lock rather than failing with SQLITE_BUSY under concurrent saves.
  const adapter = new PrismaBetterSQLite3({ url: file, timeout: 10_000 });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { __ihcPrisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.__ihcPrisma ?? createClient();
// Next's dev server re-evaluates modules on change; keep one client per process.
// instrumentation.ts also finds it here to disconnect on shutdown.
globalForPrisma.__ihcPrisma = prisma;

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
