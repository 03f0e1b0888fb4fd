import type { Metadata } from "next";
import Link from "next/link";
import { InsetText, Table, Tag } from "@/components";
import { requireActor } from "@/lib/auth/session.ts";
import { listForReview } from "@/lib/db/review.ts";
import { formatDate, plural } from "@/lib/format.ts";
import { JUDGEMENT_RAG, judgementTagText } from "@/lib/review/judgements.ts";
import { parseReviewFilters, REVIEW_STATUS_LABELS, submissionName, waitingText } from "@/lib/review/queue.ts";
import { STATUS_COLOURS } from "@/lib/assessments/status.ts";
import { ReviewFiltersForm } from "./filters-form.tsx";

export const metadata: Metadata = { title: "Review submitted assessments" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };


/** The inspector's queue: every assessment that reached the inspectorate, oldest submission first. */
export default async function ReviewQueuePage({ searchParams }: Props) {
  const actor = await requireActor(["INSPECTOR"]);
  const filters = parseReviewFilters(await searchParams);
  const { rows, options } = await listForReview(actor, filters);
  const filtered = filters.status.length > 0 || filters.region !== undefined || filters.cycle !== undefined;
  return (
    <>
      <h1 className="govuk-heading-l">Review submitted assessments</h1>
      <p className="govuk-body">
        Every health check a force has submitted to the inspectorate, the longest waiting first. Open one to accept or query its
        answers, return it to the force, or accept it with a judgement.
      </p>
      <ReviewFiltersForm filters={filters} options={options} />
      {rows.length === 0 ? (
        <InsetText>{filtered ? "No assessments match these filters." : "No force has submitted an assessment yet."}</InsetText>
      ) : (
        <Table
          scrollable
          caption={`${plural(rows.length, "assessment")}${filtered ? " matching the filters" : ""}`}
          head={["Force", "Cycle", "Status", "Submitted", { content: "Open queries", numeric: true }, "Waiting", "Judgement"]}
          firstCellIsHeader
          rows={rows.map((r) => [
            <>
              <Link className="govuk-link" href={`/assessments/${r.id}/review`}>
                {r.force.name}
              </Link>
              <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">{r.force.region}</span>
            </>,
            r.cycle.name,
            <Tag key="s" colour={STATUS_COLOURS[r.status]}>
              {REVIEW_STATUS_LABELS[r.status]}
            </Tag>,
            r.submittedAt ? `${formatDate(r.submittedAt)}${r.round > 1 ? ` (${submissionName(r.round)})` : ""}` : "Not yet",
            { content: r.openQueries, numeric: true },
            waitingText(r.waiting, r.acceptedAt),
            r.judgement ? <Tag key="j" rag={JUDGEMENT_RAG[r.judgement]}>{judgementTagText(r.judgement)}</Tag> : "None yet",
          ])}
        />
      )}
    </>
  );
}
