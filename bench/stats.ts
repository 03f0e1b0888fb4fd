// Latency summaries for the benchmarks.

export type Stats = { count: number; seconds: number; perSecond: number; p50: number; p95: number; p99: number; max: number; errors: number };

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)]!;
}

export function summarise(latenciesMs: number[], seconds: number, errors: number): Stats {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    count: sorted.length,
    seconds: round(seconds),
    perSecond: Math.round(sorted.length / seconds),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1] ?? 0),
    errors,
  };
}

export function table(rows: { name: string; stats: Stats }[], unit = "saves"): string {
  const head = `| scenario | ${unit} | ${unit}/s | p50 ms | p95 ms | p99 ms | max ms | errors |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`;
  const body = rows.map(({ name, stats: s }) => `| ${name} | ${s.count} | ${s.perSecond} | ${s.p50} | ${s.p95} | ${s.p99} | ${s.max} | ${s.errors} |`);
  return [head, ...body].join("\n");
}

/** Runs a benchmark process's main function; each scenario prints its rows as one JSON line. */
export function runScenario(main: () => Promise<unknown[]>): void {
  main().then(
    (rows) => {
      console.log(JSON.stringify(rows));
      process.exit(0);
    },
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
