// `npm run bench`: autosave throughput and latency with 50 concurrent writers, on the embedded
// SQLite database and (when PostgreSQL is installed) on PostgreSQL with one and two app
// instances, side by side in one table. Each database runs in its own process.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startThrowawayCluster } from "../scripts/pg-cluster.ts";
import { table, type Stats } from "./stats.ts";

type Row = { name: string; stats: Stats };

// BENCH_ONLY=autosave, actions or national runs just that benchmark (bench/scenario.ts, bench/actions.ts, bench/national.ts).
const only = process.env.BENCH_ONLY;
const runs = (name: string) => !only || only === name;

function scenario(env: Record<string, string>, script = "bench/scenario.ts"): Promise<Row[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", script], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.on("close", (code) => {
      const last = out.trim().split("\n").pop() ?? "";
      if (code !== 0 || !last.startsWith("[")) return reject(new Error(`Benchmark scenario failed (exit ${code}):\n${out}`));
      resolve(JSON.parse(last) as Row[]);
    });
  });
}

async function main() {
  const rows: Row[] = [];
  const tracker: Row[] = [];
  const national: Row[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ihc-bench-sqlite-"));
  try {
    const env = { BENCH_DB_URL: `file:${path.join(dir, "bench.db")}`, BENCH_DB_LABEL: "SQLite" };
    if (runs("autosave")) rows.push(...(await scenario({ ...env, BENCH_INSTANCES: "1" })));
    if (runs("actions")) tracker.push(...(await scenario(env, "bench/actions.ts")));
    if (runs("national")) national.push(...(await scenario(env, "bench/national.ts")));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const cluster = await startThrowawayCluster();
  if (!cluster) console.error("PostgreSQL is not installed: skipping its rows.");
  else {
    try {
      const env = { BENCH_DB_URL: cluster.url, BENCH_DB_LABEL: "PostgreSQL" };
      if (runs("autosave")) rows.push(...(await scenario({ ...env, BENCH_INSTANCES: "1,2" })));
      if (runs("actions")) tracker.push(...(await scenario(env, "bench/actions.ts")));
      if (runs("national")) national.push(...(await scenario(env, "bench/national.ts")));
    } finally {
      await cluster.stop();
    }
  }
  const machine = `${os.cpus().length} cores, ${new Date().toISOString().slice(0, 10)}`;
  if (rows.length) {
    console.log(`\nAutosave benchmark: ${process.env.BENCH_WRITERS ?? 50} concurrent writers (${machine})\n`);
    console.log(table(rows));
  }
  if (tracker.length) {
    console.log(`\nAction tracker: ${process.env.BENCH_ACTIONS ?? 5000} actions in one force, one user's requests one after another (${machine})\n`);
    console.log(table(tracker, "requests"));
  }
  if (national.length) {
    console.log(`\nNational view: 44 forces × 3 cycles, every cycle and region in turn (${machine})\n`);
    console.log(table(national, "requests"));
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
