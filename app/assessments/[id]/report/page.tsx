import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { BackLink } from "@/components";
import { requireActor } from "@/lib/auth/session.ts";
import { getReport } from "@/lib/db/reports.ts";
import { NotFoundError } from "@/lib/db/errors.ts";
import { reportOutline } from "@/lib/reports/outline.ts";
import { ReportDocument } from "./report-document.tsx";
import "./report.css";

type Props = { params: Promise<{ id: string }> };

const loadReport = cache(async (id: string) => {
  const actor = await requireActor();
  try {
    return await getReport(actor, id);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const report = await loadReport((await params).id);
  return { title: `${report.isDraft ? "Draft: " : ""}${report.force.name} status report, ${report.cycle.name}` };
}

/** The force status report: generated from the answers each time it is opened. */
export default async function ReportPage({ params }: Props) {
  const report = await loadReport((await params).id);
  const base = `/assessments/${report.assessmentId}`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <BackLink href={base}>Back to the health check</BackLink>
        <p className="govuk-body app-no-print">
          Download this report as a <a className="govuk-link" href={`${base}/report/pdf`}>PDF</a> or as a{" "}
          <a className="govuk-link" href={`${base}/report/docx`}>Word document (.docx)</a> that you can edit.
        </p>
        <ReportDocument blocks={reportOutline(report, report.generatedAt)} draft={report.isDraft} />
      </div>
    </div>
  );
}
