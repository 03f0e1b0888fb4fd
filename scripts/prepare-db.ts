// Brings the database up to date: applies committed migrations, ensures reference data,
// and seeds demo data into an empty database unless SEED_DEMO=false.
// Run with `tsx --conditions=react-server` (the data layer is server-only).
import { spawn } from "node:child_process";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";
import { databaseUrl, isPostgresUrl } from "@/lib/db/url.ts";
import { ADMIN, DEMO_PASSWORD, INSPECTOR } from "@/prisma/seed/demo.ts";

// Our own lock key (Prisma's migrate deploy takes 72707369 itself, from another connection).
const PREPARE_LOCK = 4_121_012;
const FINISHED = /All migrations have been successfully applied|No pending migrations to apply/;

export async function migrate(): Promise<void> {
  const postgres = isPostgresUrl(databaseUrl());
  const cli = spawn(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, DATABASE_URL: databaseUrl(), PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
  let stdout = "";
  let stderr = "";
  cli.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
    // On PostgreSQL the CLI's schema engine leaves its 10-second advisory-lock timer running after
    // it has finished, so the CLI idles before exiting. Once it reports success there is nothing left to wait for.
    if (FINISHED.test(stdout)) cli.kill("SIGTERM");
  });
  cli.stderr.on("data", (chunk: Buffer) => void (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    cli.on("error", reject);
    cli.on("close", (status) => resolve(status));
  });
  if (code !== 0 && !FINISHED.test(stdout)) {
    process.stderr.write(stdout + stderr);
    throw new Error("Applying database migrations failed");
  }
  const found = /(\d+) migrations? found/.exec(stdout)?.[1];
  const folder = postgres ? "prisma/postgresql/migrations" : "prisma/migrations";
  // The CLI lists what it applied as "└─ <folder>/" lines; none when nothing was pending.
  const applied = stdout.match(/└─ \d{14}_[a-z0-9_]+\//g)?.length ?? 0;
  console.log(
    applied > 0
      ? `Applied ${applied} migration${applied === 1 ? "" : "s"} from ${folder}.`
      : `Database migrations are up to date${found ? ` (${found} in ${folder})` : ""}.`,
  );
}

/** Runs fn while holding a PostgreSQL session lock, so instances starting together migrate and seed one at a time. */
async function withPostgresLock<T>(url: string, fn: () => Promise<T>): Promise<T> {
  const client = new pg.Client(parseIntoClientConfig(url));
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PREPARE_LOCK]);
    return await fn();
  } finally {
    await client.end();
  }
}

export function demoEnabled(): boolean {
  return (process.env.SEED_DEMO ?? "true").toLowerCase() !== "false";
}

export async function prepareDatabase(): Promise<{ seededDemo: boolean }> {
  const url = databaseUrl();
  return isPostgresUrl(url) ? withPostgresLock(url, migrateAndSeed) : migrateAndSeed();
}

async function migrateAndSeed(): Promise<{ seededDemo: boolean }> {
  await migrate();
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
    console.log("Seeded demo data: 44 forces, their users, the four 2012 assessments (two accepted, two awaiting review) with their action plans, and a 2011 baseline.");
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
