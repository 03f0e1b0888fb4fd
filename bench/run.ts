// `npm run bench`: autosave throughput and latency with 50 concurrent writers on the embedded
// database, through the HTTP API (as the browser's autosave) and directly through the data layer.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { BENCH_CODES, runAutosave, signInWriter, valueFor, type Writer } from "./autosave.ts";
import { startInstance } from "./instance.ts";
import { summarise, table, type Stats } from "./stats.ts";

const WRITERS = Number(process.env.BENCH_WRITERS ?? 50);
const SAVES = Number(process.env.BENCH_SAVES ?? 100);
const PASSWORD = "Integrity-Demo-2012";

async function prepare(databaseUrl: string) {
  process.env.DATABASE_URL = databaseUrl;
  process.env.SEED_DEMO = "true";
  const { prepareDatabase } = await import("../scripts/prepare-db.ts");
  await prepareDatabase();
  const { prisma } = await import("@/lib/db/client.ts");
  const { loadActor } = await import("@/lib/db/users.ts");
  const { startAssessment } = await import("@/lib/db/assessment-start.ts");
  // Forces whose 2012 health check is already submitted (the demo four) cannot take more answers.
  const forces = await prisma.force.findMany({
    where: { assessments: { none: { status: { not: "DRAFT" } } } },
    orderBy: { slug: "asc" },
    select: { slug: true },
  });
  const drafts: { slug: string; assessmentId: string }[] = [];
  for (const f of forces) {
    const user = await prisma.user.findUniqueOrThrow({ where: { email: `psd@${f.slug}.example.org` } });
    const actor = (await loadActor(user.id))!;
    const existing = await prisma.assessment.findFirst({ where: { force: { slug: f.slug }, status: "DRAFT" } });
    drafts.push({ slug: f.slug, assessmentId: existing?.id ?? (await startAssessment(actor, { cycleSlug: "2012-revisit" })).id });
  }
  // Let go of the file so the app's own start-up (migrate deploy) can lock it.
  await prisma.$disconnect();
  return drafts;
}

/** Writers sharing a force split its questions, so no two writers ever save the same answer. */
function assign(drafts: { slug: string; assessmentId: string }[]) {
  return Array.from({ length: WRITERS }, (_, i) => {
    const draft = drafts[i % drafts.length]!;
    const sharers = Math.ceil((WRITERS - (i % drafts.length)) / drafts.length);
    const slot = Math.floor(i / drafts.length);
    return { ...draft, codes: BENCH_CODES.filter((_, k) => k % sharers === slot) };
  });
}

async function dataLayerRun(plan: ReturnType<typeof assign>): Promise<Stats> {
  const { prisma } = await import("@/lib/db/client.ts");
  const { loadActor } = await import("@/lib/db/users.ts");
  const { saveAnswer } = await import("@/lib/db/answers.ts");
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    plan.map(async (w) => {
      const user = await prisma.user.findUniqueOrThrow({ where: { email: `psd@${w.slug}.example.org` } });
      const actor = (await loadActor(user.id))!;
      const rows = await prisma.answer.findMany({ where: { assessmentId: w.assessmentId }, select: { questionCode: true, version: true } });
      const versions = new Map(rows.map((r) => [r.questionCode, r.version]));
      for (let i = 0; i < SAVES; i++) {
        const code = w.codes[i % w.codes.length]!;
        const value = valueFor(code, 1000 + i);
        const t0 = performance.now();
        try {
          const saved = await saveAnswer(actor, { assessmentId: w.assessmentId, code, value, expectedVersion: versions.get(code) ?? 0 });
          versions.set(code, saved?.version ?? 0);
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return summarise(latencies, (performance.now() - started) / 1000, errors);
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ihc-bench-"));
  const rows: { name: string; stats: Stats }[] = [];
  try {
    const url = `file:${path.join(dir, "bench.db")}`;
    const plan = assign(await prepare(url));
    console.log(`SQLite: ${WRITERS} writers × ${SAVES} saves; starting the app…`);
    const app = await startInstance({ DATABASE_URL: url, AUTH_SECRET_FILE: path.join(dir, "secret"), SEED_DEMO: "true" });
    try {
      const writers: Writer[] = [];
      for (const w of plan) writers.push({ cookie: await signInWriter(app.url, `psd@${w.slug}.example.org`, PASSWORD), assessmentId: w.assessmentId, codes: w.codes });
      // Warm-up: the first requests to each route load its code.
      for (const w of writers.slice(0, 5)) await fetch(`${app.url}/api/v1/assessments/${w.assessmentId}`, { headers: { cookie: w.cookie } });
      const http = await runAutosave([app.url], writers, SAVES);
      rows.push({ name: `SQLite, HTTP API, 1 instance (${http.conflicts} conflicts)`, stats: http });
    } finally {
      await app.stop();
    }
    rows.push({ name: "SQLite, data layer in-process", stats: await dataLayerRun(plan) });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\nAutosave benchmark (${os.cpus().length} cores, ${new Date().toISOString().slice(0, 10)})\n`);
  console.log(table(rows));
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
