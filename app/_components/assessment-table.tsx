import Link from "next/link";
import { Table, Tag } from "@/components";
import type { AssessmentSummary } from "@/lib/db/assessments.ts";
import { STATUS_COLOURS, STATUS_LABELS } from "@/lib/assessments/status.ts";
import { formatDate } from "@/lib/format.ts";

/** Assessments as a table: one row each, the force or cycle name linking to the assessment. */
export function AssessmentTable({ assessments, caption, showForce }: { assessments: AssessmentSummary[]; caption: string; showForce: boolean }) {
  const head = [
    showForce ? "Force" : "Cycle",
    ...(showForce ? ["Region", "Cycle"] : []),
    "Status",
    { content: "Sections completed", numeric: true },
    "Submitted",
  ];
  const rows = assessments.map((a) => [
    {
      content: (
        <Link className="govuk-link" href={`/assessments/${a.id}`}>
          {showForce ? a.force.name : a.cycle.name}
        </Link>
      ),
    },
    ...(showForce ? [{ content: a.force.region }, { content: a.cycle.name }] : []),
    { content: <Tag colour={STATUS_COLOURS[a.status]}>{STATUS_LABELS[a.status]}</Tag> },
    { content: `${a.progress.sectionsCompleted} of ${a.progress.sectionsTotal}`, numeric: true },
    { content: a.submittedAt ? formatDate(a.submittedAt) : "Not yet" },
  ]);
  return <Table scrollable caption={caption} head={head} rows={rows} firstCellIsHeader />;
}
