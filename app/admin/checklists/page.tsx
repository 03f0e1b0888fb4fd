import type { Metadata } from "next";
import { Table } from "@/components";
import { requireActor } from "@/lib/auth/session.ts";
import { listChecklistVersions } from "@/lib/db/checklist.ts";
import { formatDate } from "@/lib/format.ts";

export const metadata: Metadata = { title: "Checklist versions" };

export default async function AdminChecklists() {
  const actor = await requireActor(["ADMIN"]);
  const versions = await listChecklistVersions(actor);
  return (
    <>
      <h1 className="govuk-heading-l">Checklist versions</h1>
      <p className="govuk-body">A published version never changes. Each assessment keeps the version it was started on.</p>
      <Table
        scrollable
        caption="Published versions"
        head={["Version", "Label", "Published", { content: "Questions", numeric: true }, { content: "Assessments", numeric: true }, "Content hash (SHA-256)"]}
        firstCellIsHeader
        rows={versions.map((v) => [
          { content: String(v.number) },
          { content: v.label },
          { content: formatDate(v.publishedAt) },
          { content: String(v.questions), numeric: true },
          { content: String(v.assessments), numeric: true },
          { content: <code className="app-hash">{v.contentHash}</code> },
        ])}
      />
    </>
  );
}
