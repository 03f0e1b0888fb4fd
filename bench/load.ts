import { performance } from "node:perf_hooks";

// Drives concurrent writers in one of two ways:
// - closed loop (rate null): each writer sends its next save as soon as the last is answered, which
//   finds the maximum throughput; latency is then writers ÷ throughput by Little's law;
// - paced (open loop): the writers together offer `rate` saves per second, each on its own
//   schedule, as people typing do. Latency counts from when a save was due, not when it was sent,
//   so a backlog shows up in the figures instead of hiding (no coordinated omission).

export type LoadResult = { latencies: number[]; seconds: number };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function driveWriters(writers: number, savesEach: number, rate: number | null, save: (writer: number, i: number) => Promise<void>): Promise<LoadResult> {
  const latencies: number[] = [];
  const interval = rate ? (writers / rate) * 1000 : 0; // ms between one writer's saves
  const started = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      const offset = (w / writers) * interval; // spread the writers evenly over one interval
      for (let i = 0; i < savesEach; i++) {
        const due = started + offset + i * interval;
        const wait = due - performance.now();
        if (wait > 0) await sleep(wait);
        const from = rate ? due : performance.now();
        await save(w, i);
        latencies.push(performance.now() - from);
      }
    }),
  );
  return { latencies, seconds: (performance.now() - started) / 1000 };
}
