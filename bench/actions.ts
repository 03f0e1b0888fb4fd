// The action tracker with 5,000 actions in one force: latency of GET /api/v1/actions for a few
// typical views (one signed-in user, requests one after another, as a person paging and filtering
// does), of the same calls straight into the data layer, and of the /actions page when it exists.
// Run by bench/run.ts in its own process per database; prints its rows as JSON on the last line.
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { signInWriter } from "./autosave.ts";
import { startInstance } from "./instance.ts";
import { random } from "./random.ts";
import { runScenario, summarise, type Stats } from "./stats.ts";

const FORCE = process.env.BENCH_ACTIONS_FORCE ?? "avon-and-somerset";
const ACTIONS = Number(process.env.BENCH_ACTIONS ?? 5000);
const REQUESTS = Number(process.env.BENCH_ACTION_REQUESTS ?? 200);
const PASSWORD = "Integrity-Demo-2012";

/** Typical tracker views: the default, overdue, a person's filters, search, a deep page in priority order, an export-sized page. */
export const VIEWS = [
  "",
  "?rag=red",
  "?status=IN_PROGRESS&priority=HIGH&sort=-updated",
  "?section=F&rag=amber",
  "?q=gifts",
  "?sort=priority&page=40",
  "?owner=role:HEAD_OF_PSD&perPage=100",
];

const WORDS = ["gifts", "hospitality", "register", "procurement", "media", "policy", "second jobs", "social media", "vetting", "training", "expenses", "audit"];
const ROLES = ["HEAD_OF_PSD", "HEAD_OF_PROCUREMENT", "CORPORATE_COMMUNICATIONS", "ANTI_CORRUPTION_UNIT", null];
const STATUSES = ["NOT_STARTED", "IN_PROGRESS", "IN_PROGRESS", "BLOCKED", "COMPLETED", "CLOSED"] as const;
const PRIORITIES = ["HIGH", "MEDIUM", "LOW"] as const;

/** Seeds ACTIONS actions into FORCE (once per database): dates around today, every status, 1–3 linked questions. */
async function seed(databaseUrl: string): Promise<void> {
  process.env.DATABASE_URL = databaseUrl;
  process.env.SEED_DEMO = "true";
  const { prepareDatabase } = await import("../scripts/prepare-db.ts");
  await prepareDatabase();
  const { prisma } = await import("@/lib/db/client.ts");
  const { currentChecklist } = await import("@/lib/checklist/index.ts");
  const { actionReference, forceInitials } = await import("@/lib/actions/owners.ts");
  const { addDays, dayStart, ukDay } = await import("@/lib/actions/rag.ts");
  const force = await prisma.force.findUniqueOrThrow({ where: { slug: FORCE }, select: { id: true, name: true } });
  const have = await prisma.action.count({ where: { forceId: force.id } });
  if (have < ACTIONS) {
    const users = await prisma.user.findMany({ where: { forceId: force.id }, select: { id: true } });
    const codes = [...currentChecklist.questionByCode.keys()];
    const rnd = random(2012);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
    const today = ukDay(new Date());
    const prefix = forceInitials(force.name);
    for (let start = have; start < ACTIONS; start += 500) {
      const batch = Array.from({ length: Math.min(500, ACTIONS - start) }, (_, i) => {
        const n = start + i + 1;
        const role = pick(ROLES);
        const status = pick(STATUSES);
        return {
          id: randomUUID(),
          reference: actionReference(`${prefix}B`, n),
          forceId: force.id,
          title: `Review the ${pick(WORDS)} arrangements (${n})`,
          description: `Check the ${pick(WORDS)} and ${pick(WORDS)} records and report to the integrity board.`,
          ownerUserId: role ? null : (pick(users)?.id ?? null),
          ownerRole: role,
          dueDate: dayStart(addDays(today, Math.floor(rnd() * 400) - 200)),
          priority: pick(PRIORITIES),
          status,
          completedAt: status === "COMPLETED" || status === "CLOSED" ? new Date() : null,
          closedAt: status === "CLOSED" ? new Date() : null,
        };
      });
      await prisma.action.createMany({ data: batch });
      const links = batch.flatMap((a) => [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(codes)))].map((code) => ({ actionId: a.id, questionCode: code, sectionCode: currentChecklist.sectionOfQuestion.get(code)!.code })));
      await prisma.actionQuestion.createMany({ data: links });
    }
  }
  console.error(`Tracker: ${await prisma.action.count({ where: { forceId: force.id } })} actions in ${force.name}.`);
}

async function timed(count: number, call: () => Promise<void>): Promise<Stats> {
  let errors = 0;
  const latencies: number[] = [];
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    await call().catch(() => errors++);
    latencies.push(performance.now() - t0);
  }
  return summarise(latencies, (performance.now() - started) / 1000, errors);
}

async function get(url: string, cookie: string): Promise<void> {
  const res = await fetch(url, { headers: { cookie } });
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
}

async function dataLayer(label: string): Promise<{ name: string; stats: Stats }[]> {
  const { prisma } = await import("@/lib/db/client.ts");
  const { loadActor } = await import("@/lib/db/users.ts");
  const { listActions } = await import("@/lib/db/actions.ts");
  const { parseActionFilters } = await import("@/lib/actions/filters.ts");
  const user = await prisma.user.findUniqueOrThrow({ where: { email: `psd@${FORCE}.example.org` }, select: { id: true } });
  const actor = (await loadActor(user.id))!;
  const rows = [];
  for (const view of VIEWS) {
    const filters = parseActionFilters(new URLSearchParams(view));
    await listActions(actor, filters); // warm-up
    rows.push({ name: `${label}, data layer listActions(${view || "default"})`, stats: await timed(REQUESTS, () => listActions(actor, filters).then(() => undefined)) });
  }
  return rows;
}

async function main() {
  const databaseUrl = process.env.BENCH_DB_URL!;
  const label = process.env.BENCH_DB_LABEL ?? "SQLite";
  await seed(databaseUrl);
  const { prisma } = await import("@/lib/db/client.ts");
  const rows = await dataLayer(label);
  // Let go of the database so the app's own start-up can migrate it.
  await prisma.$disconnect();

  const app = await startInstance({ DATABASE_URL: databaseUrl, BETTER_AUTH_SECRET: "bench-secret-bench-secret-bench-secret-1234", SEED_DEMO: "true" });
  try {
    const cookie = await signInWriter(app.url, `psd@${FORCE}.example.org`, PASSWORD);
    for (const view of VIEWS) {
      const url = `${app.url}/api/v1/actions${view}`;
      for (let i = 0; i < 5; i++) await get(url, cookie); // warm-up: the first requests load the route's code
      rows.push({ name: `${label}, GET /api/v1/actions${view}`, stats: await timed(REQUESTS, () => get(url, cookie)) });
    }
    const page = await fetch(`${app.url}/actions`, { headers: { cookie } });
    if (page.ok) {
      for (const view of VIEWS.slice(0, 3)) {
        const url = `${app.url}/actions${view}`;
        for (let i = 0; i < 5; i++) await get(url, cookie);
        rows.push({ name: `${label}, page /actions${view}`, stats: await timed(Math.ceil(REQUESTS / 2), () => get(url, cookie)) });
      }
    } else console.error(`The /actions page answered ${page.status}: not measured.`);
  } finally {
    await app.stop();
  }
  return rows;
}

runScenario(main);
