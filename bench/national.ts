// The national view with 44 forces × 3 cycles of submitted, returned and accepted health checks:
// latency of GET /national (the page) and GET /api/v1/national over HTTP for every cycle and
// region, one inspector's requests one after another and four inspectors at once, and of the same
// data-layer call in-process. Run by bench/run.ts in its own process per database (the Prisma
// client is one per process); prints its rows as JSON on the last line. Goal: p95 ≤ 100 ms.
import { performance } from "node:perf_hooks";
import { signInWriter } from "./autosave.ts";
import { random } from "./random.ts";
import { startInstance } from "./instance.ts";
import { runScenario, summarise, type Stats } from "./stats.ts";

const REQUESTS = Number(process.env.BENCH_NATIONAL_REQUESTS ?? 200);
const INSPECTOR = "inspector@inspectorate.example.org";
const PASSWORD = "Integrity-Demo-2012";
const BENCH_CYCLE = { slug: "2013-bench", name: "2013 revisit (benchmark)", periodStart: "2012-09-01", periodEnd: "2013-05-31", deadline: "2013-06-28" };

/** Every force gets a health check in every cycle (drafts left by other benchmarks are submitted), answered like the demo forces with other counts. */
async function seed(databaseUrl: string): Promise<void> {
  process.env.DATABASE_URL = databaseUrl;
  process.env.SEED_DEMO = "true";
  const { prepareDatabase } = await import("../scripts/prepare-db.ts");
  await prepareDatabase();
  const { prisma } = await import("@/lib/db/client.ts");
  const { checklistV1 } = await import("@/lib/checklist/v1/index.ts");
  const { newAssessmentReference } = await import("@/lib/assessments/reference.ts");
  const { demoAnswersBySlug } = await import("@/prisma/seed/demo-answers/index.ts");
  const { baseline2011BySlug } = await import("@/prisma/seed/demo-baseline-2011.ts");
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  await prisma.assessmentCycle.upsert({
    where: { slug: BENCH_CYCLE.slug },
    create: { ...BENCH_CYCLE, periodStart: day(BENCH_CYCLE.periodStart), periodEnd: day(BENCH_CYCLE.periodEnd), deadline: day(BENCH_CYCLE.deadline), isOpen: false },
    update: {},
  });
  const [cycles, forces, version] = await Promise.all([
    prisma.assessmentCycle.findMany({ orderBy: { periodStart: "asc" } }),
    prisma.force.findMany({ orderBy: { slug: "asc" }, select: { id: true } }),
    prisma.checklistVersion.findUniqueOrThrow({ where: { number: checklistV1.version } }),
  ]);
  const answerSets = [...Object.values(baseline2011BySlug).map((b) => b.answers), ...Object.values(demoAnswersBySlug).map((d) => d.answers)];
  const judgements = ["GOOD_PROGRESS", "SOME_PROGRESS", "SOME_PROGRESS", "LIMITED_PROGRESS"] as const;
  const rnd = random(2013);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const counts = (): Record<string, unknown> => {
    const media = int(0, 6);
    const jobs = int(20, 150);
    const acu = int(2, 12);
    return { C9: { total: media, parts: { ongoing: int(0, media) } }, D12: { total: int(0, 8) }, H7: { total: jobs, parts: { approved: int(Math.floor(jobs / 2), jobs) } }, I1: { total: acu }, I2: { total: acu + int(-1, 2) }, I4: { total: int(5, 60) }, G4: { total: int(0, 3) } };
  };
  for (const [ci, cycle] of cycles.entries()) {
    for (const force of forces) {
      const existing = await prisma.assessment.findUnique({ where: { forceId_cycleId: { forceId: force.id, cycleId: cycle.id } }, select: { id: true, status: true } });
      if (existing && existing.status !== "DRAFT") continue;
      const status = ci === 0 ? "ACCEPTED" : pick(["SUBMITTED", "SUBMITTED", "ACCEPTED", "ACCEPTED", "RETURNED"] as const);
      const accepted = status === "ACCEPTED";
      const answers = { ...pick(answerSets), ...counts() };
      const submittedAt = new Date(cycle.deadline.getTime() - int(1, 20) * 86_400_000);
      await prisma.$transaction(async (tx) => {
        const data = {
          status,
          submittedAt,
          acceptedAt: accepted ? new Date(submittedAt.getTime() + 20 * 86_400_000) : null,
          judgement: accepted ? pick(judgements) : null,
        };
        const sectionRows = checklistV1.sections.map((s) => ({ sectionCode: s.code, completedAt: submittedAt, judgement: accepted && rnd() < 0.6 ? pick(judgements) : null }));
        let id = existing?.id;
        if (id) {
          await tx.answer.deleteMany({ where: { assessmentId: id } });
          await tx.assessmentSection.deleteMany({ where: { assessmentId: id } });
          await tx.assessment.update({ where: { id }, data: { ...data, sections: { create: sectionRows } } });
        } else {
          const reference = newAssessmentReference(cycle.periodEnd.getUTCFullYear());
          id = (await tx.assessment.create({ data: { ...data, reference, forceId: force.id, cycleId: cycle.id, checklistVersionId: version.id, sections: { create: sectionRows } } })).id;
        }
        await tx.answer.createMany({ data: Object.entries(answers).map(([questionCode, value]) => ({ assessmentId: id, versionId: version.id, questionCode, value: JSON.stringify(value) })) });
      });
    }
  }
  // Let go of the database so the app's own start-up can migrate it.
  await prisma.$disconnect();
}

/** Every cycle with every region and with none: what inspectors switch between. */
async function views(): Promise<string[]> {
  const { REGIONS } = await import("@/prisma/seed/forces.ts");
  const cycles = ["2011-baseline", "2012-revisit", BENCH_CYCLE.slug];
  return cycles.flatMap((c) => [`?cycle=${c}`, ...REGIONS.map((r) => `?cycle=${c}&region=${encodeURIComponent(r)}`)]);
}

async function timed(clients: number, perClient: number, run: (i: number) => Promise<boolean>): Promise<Stats> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let i = 0; i < perClient; i++) {
        const t0 = performance.now();
        const ok = await run(c * perClient + i).catch(() => false);
        latencies.push(performance.now() - t0);
        if (!ok) errors++;
      }
    }),
  );
  return summarise(latencies, (performance.now() - started) / 1000, errors);
}

async function main() {
  const databaseUrl = process.env.BENCH_DB_URL!;
  const label = process.env.BENCH_DB_LABEL ?? "SQLite";
  await seed(databaseUrl);
  const variants = await views();
  const rows: { name: string; stats: Stats }[] = [];
  console.error(`${label}: national view, ${REQUESTS} requests per row over ${variants.length} cycle and region views…`);
  const app = await startInstance({ DATABASE_URL: databaseUrl, BETTER_AUTH_SECRET: "bench-secret-bench-secret-bench-secret-1234", SEED_DEMO: "true" });
  try {
    const cookie = await signInWriter(app.url, INSPECTOR, PASSWORD);
    const get = async (path: string, check: (body: string) => boolean) => {
      const res = await fetch(`${app.url}${path}`, { headers: { cookie } });
      return res.status === 200 && check(await res.text());
    };
    const page = (i: number) => get(`/national${variants[i % variants.length]}`, (b) => b.includes("app-heatmap"));
    const api = (i: number) => get(`/api/v1/national${variants[i % variants.length]}`, (b) => Array.isArray((JSON.parse(b) as { rows?: unknown }).rows));
    for (let i = 0; i < variants.length; i++) await Promise.all([page(i), api(i)]); // warm-up: load each route's code
    rows.push({ name: `${label}, GET /national, 1 inspector`, stats: await timed(1, REQUESTS, page) });
    rows.push({ name: `${label}, GET /api/v1/national, 1 inspector`, stats: await timed(1, REQUESTS, api) });
    rows.push({ name: `${label}, GET /national, 4 inspectors at once`, stats: await timed(4, REQUESTS / 4, page) });
  } finally {
    await app.stop();
  }
  const { prisma } = await import("@/lib/db/client.ts");
  const { loadActor } = await import("@/lib/db/users.ts");
  const { getNationalView } = await import("@/lib/db/national.ts");
  const actor = (await loadActor((await prisma.user.findUniqueOrThrow({ where: { email: INSPECTOR } })).id))!;
  const direct = (i: number) => getNationalView(actor, new URLSearchParams(variants[i % variants.length]!.slice(1))).then((m) => m.rows.length > 0);
  rows.push({ name: `${label}, data layer in-process`, stats: await timed(1, REQUESTS, direct) });
  return rows;
}

runScenario(main);
