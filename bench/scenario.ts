// One database's autosave benchmark, run in its own process by bench/run.ts (the Prisma client is
// one per process): 50 concurrent writers through the HTTP API on 1 or more app instances, as the
// browser's autosave does, then directly through the data layer. Prints its rows as JSON.
import { BENCH_CODES, runAutosave, signInWriter, valueFor, type Writer } from "./autosave.ts";
import { startInstance } from "./instance.ts";
import { driveWriters } from "./load.ts";
import { runScenario, summarise, type Stats } from "./stats.ts";

const WRITERS = Number(process.env.BENCH_WRITERS ?? 50);
const SAVES = Number(process.env.BENCH_SAVES ?? 100);
/** The paced runs' offered load, saves per second across all writers (the goal's figure). */
const RATE = Number(process.env.BENCH_RATE ?? 500);
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

let runs = 0;
/** Each run's values start here, so no run saves a value an earlier run left unchanged. */
const nextSeed = () => runs++ * SAVES;

async function dataLayerRun(plan: ReturnType<typeof assign>, rate: number | null, seed: number): Promise<Stats> {
  const { prisma } = await import("@/lib/db/client.ts");
  const { loadActor } = await import("@/lib/db/users.ts");
  const { saveAnswer } = await import("@/lib/db/answers.ts");
  let errors = 0;
  const writers = await Promise.all(
    plan.map(async (w) => {
      const user = await prisma.user.findUniqueOrThrow({ where: { email: `psd@${w.slug}.example.org` } });
      const rows = await prisma.answer.findMany({ where: { assessmentId: w.assessmentId }, select: { questionCode: true, version: true } });
      return { ...w, actor: (await loadActor(user.id))!, versions: new Map(rows.map((r) => [r.questionCode, r.version])) };
    }),
  );
  const run = await driveWriters(writers.length, SAVES, rate, async (wi, i) => {
    const w = writers[wi]!;
    const code = w.codes[i % w.codes.length]!;
    try {
      const saved = await saveAnswer(w.actor, { assessmentId: w.assessmentId, code, value: valueFor(code, seed + i), expectedVersion: w.versions.get(code) ?? 0 });
      w.versions.set(code, saved?.version ?? 0);
    } catch {
      errors++;
    }
  });
  return summarise(run.latencies, run.seconds, errors);
}

async function main() {
  const databaseUrl = process.env.BENCH_DB_URL!;
  const label = process.env.BENCH_DB_LABEL ?? "SQLite";
  // BENCH_INSTANCES=0 skips the HTTP runs (data layer only: no build needed).
  const counts = (process.env.BENCH_INSTANCES ?? "1").split(",").map(Number).filter((n) => n > 0);
  const rows: { name: string; stats: Stats }[] = [];
  const plan = assign(await prepare(databaseUrl));
  const env = { DATABASE_URL: databaseUrl, BETTER_AUTH_SECRET: "bench-secret-bench-secret-bench-secret-1234", SEED_DEMO: "true" };
  for (const count of counts) {
    console.error(`${label}: ${WRITERS} writers × ${SAVES} saves on ${count} instance(s)…`);
    const apps = [];
    try {
      for (let i = 0; i < count; i++) apps.push(await startInstance(env));
      const urls = apps.map((a) => a.url);
      const writers: Writer[] = [];
      for (const [i, w] of plan.entries()) {
        writers.push({ cookie: await signInWriter(urls[i % urls.length]!, `psd@${w.slug}.example.org`, PASSWORD), assessmentId: w.assessmentId, codes: w.codes });
      }
      // Warm-up: the first requests to each route load its code.
      for (const [i, w] of writers.slice(0, 4).entries()) await fetch(`${urls[i % urls.length]}/api/v1/assessments/${w.assessmentId}`, { headers: { cookie: w.cookie } });
      const name = `${label}, HTTP API, ${count} instance${count > 1 ? "s" : ""}`;
      for (const rate of [null, RATE]) {
        const http = await runAutosave(urls, writers, SAVES, rate, nextSeed());
        rows.push({ name: `${name}, ${rate ? `paced at ${rate}/s` : "closed loop"}${http.conflicts ? ` (${http.conflicts} conflicts)` : ""}`, stats: http });
      }
    } finally {
      for (const a of apps) await a.stop();
    }
  }
  rows.push({ name: `${label}, data layer in-process, closed loop`, stats: await dataLayerRun(plan, null, nextSeed()) });
  rows.push({ name: `${label}, data layer in-process, paced at ${RATE}/s`, stats: await dataLayerRun(plan, RATE, nextSeed()) });
  return rows;
}

runScenario(main);
