import "server-only";
import { prisma } from "./client.ts";

// Failed sign-in counters, kept in the database so that every app instance shares them.
// A fixed window starts at the first failure; success clears the counter.

export type LimitRule = { windowSeconds: number; max: number };

const PREFIX = "ihc:";

export async function isLimited(key: string, rule: LimitRule, now = Date.now()): Promise<boolean> {
  const row = await prisma.rateLimit.findUnique({ where: { key: PREFIX + key } });
  if (!row) return false;
  const fresh = now - Number(row.lastRequest) < rule.windowSeconds * 1000;
  return fresh && row.count >= rule.max;
}

export async function recordFailure(key: string, rule: LimitRule, now = Date.now()): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const k = PREFIX + key;
    const row = await tx.rateLimit.findUnique({ where: { key: k } });
    if (!row || now - Number(row.lastRequest) >= rule.windowSeconds * 1000) {
      await tx.rateLimit.upsert({
        where: { key: k },
        create: { key: k, count: 1, lastRequest: BigInt(now) },
        update: { count: 1, lastRequest: BigInt(now) },
      });
    } else {
      await tx.rateLimit.update({ where: { key: k }, data: { count: { increment: 1 } } });
    }
  });
}

export async function clearFailures(key: string): Promise<void> {
  await prisma.rateLimit.deleteMany({ where: { key: PREFIX + key } });
}
