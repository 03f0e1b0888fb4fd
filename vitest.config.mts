import { defineConfig } from "vitest/config";
import fs from "node:fs";
import path from "node:path";

const root = import.meta.dirname;

// "unit" runs everything on SQLite; "dal-postgres" runs the data-layer tests again on a throwaway
// PostgreSQL cluster when PostgreSQL is installed (Debian: postgresql-15).
// Same rule as postgresBinDir() in scripts/pg-cluster.ts (not imported: Vite loads this config as CommonJS).
const pgRoot = "/usr/lib/postgresql";
const postgres = process.env.PG_BIN
  ? fs.existsSync(path.join(process.env.PG_BIN, "initdb"))
  : fs.existsSync(pgRoot) && fs.readdirSync(pgRoot).some((v) => fs.existsSync(path.join(pgRoot, v, "bin", "initdb")));
if (!postgres) console.warn("PostgreSQL is not installed: skipping the dal-postgres test project.");

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // The data layer is marked server-only; tests run it in plain Node.
      "server-only": path.join(root, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    environment: "node",
    pool: "forks",
    setupFiles: ["./lib/db/test-support/use-database.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts"],
          globalSetup: ["./lib/db/test-support/global-setup.ts"],
        },
      },
      ...(postgres
        ? [
            {
              extends: true,
              test: {
                name: "dal-postgres",
                include: ["lib/db/**/*.test.ts"],
                globalSetup: ["./lib/db/test-support/global-setup-postgres.ts"],
              },
            },
          ]
        : []),
    ],
  },
});
