import "server-only";
import type { Actor } from "@/lib/auth/roles.ts";
import { prisma } from "./client.ts";

export type ForceSummary = {
  slug: string;
  name: string;
  region: string;
  alliances: { slug: string; name: string; partners: string[] }[];
};

/** Forces are public reference data to every signed-in user: names, regions and alliances only. */
export async function listForces(_actor: Actor): Promise<ForceSummary[]> {
  const rows = await prisma.force.findMany({
    where: { active: true },
    orderBy: { name: "asc" },
    select: {
      slug: true,
      name: true,
      region: true,
      alliances: { select: { alliance: { select: { slug: true, name: true, members: { select: { force: { select: { slug: true } } } } } } } },
    },
  });
  return rows.map((f) => ({
    slug: f.slug,
    name: f.name,
    region: f.region,
    alliances: f.alliances.map(({ alliance }) => ({
      slug: alliance.slug,
      name: alliance.name,
      partners: alliance.members.map((m) => m.force.slug).filter((s) => s !== f.slug),
    })),
  }));
}

export async function listForceOptions(): Promise<{ slug: string; name: string }[]> {
  return prisma.force.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { slug: true, name: true } });
}
