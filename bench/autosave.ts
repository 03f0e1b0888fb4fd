import { driveWriters } from "./load.ts";
import { summarise, type Stats } from "./stats.ts";

// Autosave load: each writer is a signed-in PSD user saving answers to their force's draft
// through PUT /api/v1/assessments/{id}/answers/{code}, as the question page's autosave does.

export type Writer = { cookie: string; assessmentId: string; codes: string[] };

const NUMBER_CODES = ["C9", "D12", "H7", "I1", "I2", "I4"];
const TEXT_CODES = ["A13", "B5", "C12", "D14", "E8", "F7", "G5", "H8", "I5", "J9", "K4"];
export const BENCH_CODES = [...NUMBER_CODES, ...TEXT_CODES];

export function valueFor(code: string, n: number): unknown {
  // Numbers stay within every question's maximum (the smallest is 1,000).
  return NUMBER_CODES.includes(code) ? { total: n % 1000 } : `Autosave draft ${n}: the force reviewed this area and recorded the outcome.`;
}

export async function signInWriter(baseUrl: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`Sign-in failed for ${email}: ${res.status} ${await res.text()}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(";")[0]);
  return cookies.join("; ");
}

/**
 * Every writer saves `saves` times in turn (closed loop, or paced at `rate` saves/s in all). Each run
 * passes its own `seed`, so its values differ from earlier runs' (saving an unchanged value is skipped).
 */
export async function runAutosave(urls: string[], writers: Writer[], saves: number, rate: number | null, seed: number): Promise<Stats & { conflicts: number }> {
  let errors = 0;
  let conflicts = 0;
  // Start from the versions as stored, so an earlier run on the same database is not a conflict.
  const versions = await Promise.all(
    writers.map(async (w, wi) => {
      const res = await fetch(`${urls[wi % urls.length]}/api/v1/assessments/${w.assessmentId}`, { headers: { cookie: w.cookie } });
      const body = (await res.json()) as { answers: Record<string, { version: number }> };
      return new Map(Object.entries(body.answers).map(([code, a]) => [code, a.version]));
    }),
  );
  const run = await driveWriters(writers.length, saves, rate, async (wi, i) => {
    const w = writers[wi]!;
    const code = w.codes[i % w.codes.length]!;
    const res = await fetch(`${urls[wi % urls.length]}/api/v1/assessments/${w.assessmentId}/answers/${code}`, {
      method: "PUT",
      headers: { "content-type": "application/json", cookie: w.cookie },
      body: JSON.stringify({ value: valueFor(code, seed + i), version: versions[wi]!.get(code) ?? 0 }),
    });
    const body = (await res.json()) as { version?: number; current?: { version: number } };
    if (res.status === 200) versions[wi]!.set(code, body.version ?? 0);
    else if (res.status === 409) {
      conflicts++;
      versions[wi]!.set(code, body.current?.version ?? 0);
    } else errors++;
  });
  return { ...summarise(run.latencies, run.seconds, errors), conflicts };
}
