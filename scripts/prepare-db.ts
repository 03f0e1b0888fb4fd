// Brings the database up to date: applies committed migrations, ensures reference data,
// and seeds demo data into an empty database unless SEED_DEMO=false.
// Run with `tsx --conditions=react-server` (the data layer is server-only).
import { spawnSync } from "node:child_process";
import { databaseUrl, isPostgresUrl } from "@/lib/db/url.ts";
import { ADMIN, DEMO_PASSWORD, INSPECTOR } from "@/prisma/seed/demo.ts";

export function migrate(): void {
  const result = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, DATABASE_URL: databaseUrl(), PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error("Applying database migrations failed");
  }
  const applied = /(\d+) migrations? found/.exec(result.stdout)?.[1];
  console.log(`Database migrations are up to date${applied ? ` (${applied} in prisma/migrations)` : ""}.`);
}

export function demoEnabled(): boolean {
  return (process.env.SEED_DEMO ?? "true").toLowerCase() !== "false";
}

export async function prepareDatabase(): Promise<{ seededDemo: boolean }> {
  migrate();
  const { prisma } = await import("@/lib/db/client.ts");
  if (!isPostgresUrl(databaseUrl())) {
    // WAL lets readers carry on while one writer saves; it persists in the file.
    await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  }
  const seed = await import("@/lib/db/seed.ts");
  await seed.seedReferenceData();
  let seededDemo = false;
  if (demoEnabled() && (await seed.isDatabaseEmpty())) {
    await seed.seedDemoData();
    seededDemo = true;
    console.log("Seeded demo data: 44 forces, their users and four submitted 2012 assessments.");
  }
  return { seededDemo };
}

export function printDemoSignIns(): void {
  if (!demoEnabled()) return;
  console.log(
    [
      "",
      `Demo sign-ins (password for all: ${DEMO_PASSWORD})`,
      "  Professional standards: psd@<force>.example.org      e.g. psd@avon-and-somerset.example.org",
      "  Chief officer:          chief@<force>.example.org    e.g. chief@west-mercia.example.org",
      `  Inspector:              ${INSPECTOR.email}`,
      `  Administrator:          ${ADMIN.email}`,
      "",
    ].join("\n"),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  prepareDatabase()
    .then(() => {
      printDemoSignIns();
      process.exit(0);
    })
    .catch((e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    });
}
