import type { Metadata } from "next";
import { Table } from "@/components";
import { requireActor } from "@/lib/auth/session.ts";
import { listForces } from "@/lib/db/forces.ts";

export const metadata: Metadata = { title: "Forces" };

export default async function AdminForces() {
  const actor = await requireActor(["ADMIN"]);
  const forces = await listForces(actor);
  const names = new Map(forces.map((f) => [f.slug, f.name]));
  return (
    <>
      <h1 className="govuk-heading-l">Forces</h1>
      <Table
        scrollable
        caption={`${forces.length} forces`}
        head={["Force", "Region", "Alliance"]}
        firstCellIsHeader
        rows={forces.map((f) => [
          { content: f.name },
          { content: f.region },
          { content: f.alliances.length ? f.alliances.map((a) => `${a.name} (with ${a.partners.map((p) => names.get(p) ?? p).join(", ")})`).join("; ") : "None" },
        ])}
      />
    </>
  );
}
