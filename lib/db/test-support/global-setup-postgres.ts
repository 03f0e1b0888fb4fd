import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startThrowawayCluster } from "../../../scripts/pg-cluster.ts";
import { prepareTestDatabase } from "./prepare.ts";

// Project "dal-postgres": the same data-layer tests against a throwaway PostgreSQL cluster.
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cluster = await startThrowawayCluster();
  // vitest.config.mts only adds this project when PostgreSQL is installed.
  if (!cluster) throw new Error("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ihc-unit-pg-"));
  const authSecretFile = path.join(dir, "auth-secret");
  try {
    prepareTestDatabase(cluster.url, authSecretFile);
  } catch (e) {
    await cluster.stop();
    throw e;
  }
  project.provide("databaseUrl", cluster.url);
  project.provide("authSecretFile", authSecretFile);
  return async () => {
    await cluster.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
