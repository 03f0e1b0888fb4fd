import "server-only";
import { listOldUploads, removeFile, removePart } from "@/lib/evidence/storage.ts";
import { prisma } from "./client.ts";

// Evidence files nobody can reach: a process killed mid-upload leaves a `.part` file, and a file
// stored just before its database write failed (or its instance died) has no Evidence row. Both
// are removed once a day old; `npm start` sweeps before serving.

export const SWEEP_AGE_MS = 24 * 60 * 60 * 1000;

export async function sweepOrphanedUploads(olderThanMs = SWEEP_AGE_MS): Promise<{ parts: number; files: number }> {
  const { parts, keys } = await listOldUploads(olderThanMs);
  for (const part of parts) await removePart(part);
  let files = 0;
  // In slices, so a large store never builds one huge query.
  for (let i = 0; i < keys.length; i += 500) {
    const slice = keys.slice(i, i + 500);
    const known = new Set((await prisma.evidence.findMany({ where: { storageKey: { in: slice } }, select: { storageKey: true } })).map((e) => e.storageKey));
    for (const key of slice) {
      if (known.has(key)) continue;
      await removeFile(key);
      files++;
    }
  }
  return { parts: parts.length, files };
}
