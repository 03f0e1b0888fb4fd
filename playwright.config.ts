import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

// One fresh database per test run, created here once; workers inherit the variable.
process.env.IHC_E2E_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "ihc-e2e-"));
const dir = process.env.IHC_E2E_DIR;
const port = Number(process.env.E2E_PORT ?? 3100);
// E2E_DB=postgres: the PostgreSQL pass, run by scripts/e2e-postgres.ts with a throwaway cluster.
const postgres = process.env.E2E_DB === "postgres";
const databaseUrl = postgres ? process.env.E2E_DATABASE_URL : `file:${path.join(dir, "e2e.db")}`;
if (!databaseUrl) throw new Error("E2E_DB=postgres needs E2E_DATABASE_URL: run `npm run test:e2e:pg` instead");

export default defineConfig({
  testDir: "e2e",
  // One folder per pass, so the PostgreSQL pass does not wipe the SQLite pass's traces.
  outputDir: path.join("test-results", postgres ? "postgres" : "sqlite"),
  // Several app instances on one database need PostgreSQL.
  testIgnore: postgres ? [] : ["**/two-instances.spec.ts"],
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
    trace: "retain-on-failure",
  },
  webServer: {
    command: "npm start",
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      AUTH_SECRET_FILE: path.join(dir, "auth-secret"),
      UPLOAD_DIR: path.join(dir, "uploads"),
      BETTER_AUTH_URL: `http://127.0.0.1:${port}`,
      SEED_DEMO: "true",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
