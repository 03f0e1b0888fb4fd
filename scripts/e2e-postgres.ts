// `npm run test:e2e:pg` (second pass of `npm run test:e2e`): the end-to-end journeys, plus the
// two-instance test, against a throwaway PostgreSQL cluster. The app build is shared with the
// SQLite pass; it runs on E2E_PORT + 1 so both passes (or two runs) can use neighbouring ports.
import { spawn } from "node:child_process";
import { startThrowawayCluster } from "./pg-cluster.ts";

async function main(): Promise<number> {
  const cluster = await startThrowawayCluster();
  if (!cluster) {
    console.warn("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): skipping the end-to-end tests on PostgreSQL.");
    return 0;
  }
  const port = Number(process.env.E2E_PG_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1);
  console.log(`End-to-end tests on PostgreSQL (${cluster.url}), app on port ${port}`);
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, E2E_DB: "postgres", E2E_DATABASE_URL: cluster.url, E2E_PORT: String(port) };
    delete env.IHC_E2E_DIR; // a fresh temporary folder for this pass
    const runner = spawn(process.execPath, ["node_modules/@playwright/test/cli.js", "test", ...process.argv.slice(2)], { stdio: "inherit", env });
    // Stay alive on a signal until Playwright has stopped, so the cluster is stopped too. Playwright
    // shuts down cleanly (web server included) only on SIGINT, so that is what it gets.
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => runner.kill("SIGINT"));
    return await new Promise<number>((resolve) => runner.on("close", (code) => resolve(code ?? 1)));
  } finally {
    await cluster.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
