import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

// One fresh database per test run, created here once; workers inherit the variable.
process.env.IHC_E2E_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "ihc-e2e-"));
const dir = process.env.IHC_E2E_DIR;
const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "e2e",
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
      DATABASE_URL: `file:${path.join(dir, "e2e.db")}`,
      AUTH_SECRET_FILE: path.join(dir, "auth-secret"),
      UPLOAD_DIR: path.join(dir, "uploads"),
      BETTER_AUTH_URL: `http://127.0.0.1:${port}`,
      SEED_DEMO: "true",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
