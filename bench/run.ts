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

function scenario(env: Record<string, string>): Promise<Row[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "bench/scenario.ts"], {
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
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ihc-bench-sqlite-"));
  try {
    rows.push(...(await scenario({ BENCH_DB_URL: `file:${path.join(dir, "bench.db")}`, BENCH_DB_LABEL: "SQLite", BENCH_INSTANCES: "1" })));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const cluster = await startThrowawayCluster();
  if (!cluster) console.error("PostgreSQL is not installed: skipping its rows.");
  else {
    try {
      rows.push(...(await scenario({ BENCH_DB_URL: cluster.url, BENCH_DB_LABEL: "PostgreSQL", BENCH_INSTANCES: "1,2" })));
    } finally {
      await cluster.stop();
    }
  }
  console.log(`\nAutosave benchmark: ${process.env.BENCH_WRITERS ?? 50} concurrent writers (${os.cpus().length} cores, ${new Date().toISOString().slice(0, 10)})\n`);
  console.log(table(rows));
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
