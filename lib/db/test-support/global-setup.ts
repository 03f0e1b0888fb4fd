import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";

// Data-layer tests run against a real, freshly migrated and seeded SQLite database.
export default function setup(): () => void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ihc-unit-"));
  process.env.DATABASE_URL = `file:${path.join(dir, "unit.db")}`;
  process.env.AUTH_SECRET_FILE = path.join(dir, "auth-secret");
  process.env.SEED_DEMO = "true";
  const r = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/prepare-db.ts"], {
    env: process.env,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`Preparing the test database failed:\n${r.stdout}\n${r.stderr}`);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
