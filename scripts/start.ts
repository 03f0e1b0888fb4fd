// `npm start`: migrate and seed the database, build if the sources changed, serve the production build.
import { spawn, spawnSync } from "node:child_process";
import { buildIsCurrent, recordBuild } from "./build-freshness.ts";
import { withBuildLock } from "./build-lock.ts";
import { prepareDatabase, printDemoSignIns } from "./prepare-db.ts";
import { ensureAuthSecret } from "@/lib/auth/secret.ts";
import { databaseUrl } from "@/lib/db/url.ts";

const NEXT = "node_modules/next/dist/bin/next";

async function main(): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  process.env.DATABASE_URL = databaseUrl();
  ensureAuthSecret();
  await prepareDatabase();
  const { sweepOrphanedUploads } = await import("@/lib/db/upload-sweep.ts");
  const swept = await sweepOrphanedUploads();
  if (swept.parts + swept.files > 0) console.log(`Removed ${swept.parts} half-written and ${swept.files} unrecorded evidence files over a day old.`);
  // The server process opens its own pool; this one would only hold connections idle.
  await (await import("@/lib/db/client.ts")).prisma.$disconnect();

  if (!buildIsCurrent()) {
    await withBuildLock(() => {
      // Another instance may have built it while this one waited.
      if (buildIsCurrent()) return;
      console.log("Building the app (first start or sources changed)…");
      spawnSync(process.execPath, ["scripts/copy-govuk-assets.mjs"], { stdio: "inherit" });
      const build = spawnSync(process.execPath, [NEXT, "build"], { stdio: "inherit", env: process.env });
      if (build.status !== 0) throw new Error("next build failed");
      recordBuild();
    });
  }

  const port = process.env.PORT ?? "3000";
  const host = process.env.HOST ?? "0.0.0.0";
  const server = spawn(process.execPath, [NEXT, "start", "-p", port, "-H", host], { stdio: ["ignore", "pipe", "inherit"], env: process.env });
  let announced = false;
  server.stdout.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!announced && /ready|started/i.test(chunk.toString())) {
      announced = true;
      console.log(`\nIntegrity Health Check is running at http://localhost:${port}`);
      printDemoSignIns();
    }
  });
  // Pass shutdown signals on so Next can finish requests in flight.
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
