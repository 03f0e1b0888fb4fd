import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { prepareTestDatabase } from "./prepare.ts";

// Project "unit": data-layer tests run against a real, freshly migrated and seeded SQLite database.
export default function setup(project: TestProject): () => void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ihc-unit-"));
  const url = `file:${path.join(dir, "unit.db")}`;
  const authSecretFile = path.join(dir, "auth-secret");
  prepareTestDatabase(url, authSecretFile);
  project.provide("databaseUrl", url);
  project.provide("authSecretFile", authSecretFile);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
