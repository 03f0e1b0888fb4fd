import type { Metadata } from "next";
import { Table, Tag } from "@/components";
import { requireActor } from "@/lib/auth/session.ts";
import { listCycles } from "@/lib/db/cycles.ts";
import { formatDate } from "@/lib/format.ts";

export const metadata: Metadata = { title: "Assessment cycles" };

export default async function AdminCycles() {
  const actor = await requireActor(["ADMIN"]);
  const cycles = await listCycles(actor);
  return (
    <>
      <h1 className="govuk-heading-l">Assessment cycles</h1>
      <Table
        scrollable
        caption={`${cycles.length} ${cycles.length === 1 ? "cycle" : "cycles"}`}
        head={["Cycle", "Reporting period", "Deadline", "Open", { content: "Assessments", numeric: true }]}
        firstCellIsHeader
        rows={cycles.map((c) => [
          { content: c.name },
          { content: `${formatDate(c.periodStart)} to ${formatDate(c.periodEnd)}` },
          { content: formatDate(c.deadline) },
          { content: c.isOpen ? <Tag colour="green">Open</Tag> : <Tag colour="grey">Closed</Tag> },
          { content: String(c.assessments), numeric: true },
        ])}
      />
    </>
  );
}
