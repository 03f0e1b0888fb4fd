import "server-only";
import type { Actor } from "@/lib/auth/roles.ts";
import { prisma } from "./client.ts";

export type CycleSummary = { id: string; slug: string; name: string; periodStart: Date; periodEnd: Date; deadline: Date; isOpen: boolean; assessments: number };

/** Cycles are reference data every signed-in user may read. */
export async function listCycles(_actor: Actor): Promise<CycleSummary[]> {
  const rows = await prisma.assessmentCycle.findMany({
    orderBy: { periodStart: "desc" },
    select: { id: true, slug: true, name: true, periodStart: true, periodEnd: true, deadline: true, isOpen: true, _count: { select: { assessments: true } } },
  });
  return rows.map(({ _count, ...c }) => ({ ...c, assessments: _count.assessments }));
}
