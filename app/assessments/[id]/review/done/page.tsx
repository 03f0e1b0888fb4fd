import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Panel, SummaryList, Tag } from "@/components";
import { formatDate } from "@/lib/format.ts";
import { JUDGEMENT_RAG, judgementTagText } from "@/lib/review/judgements.ts";
import { Lines } from "../../_workflow/lines.tsx";
import { loadReview, reviewPath } from "../load.ts";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { view } = await loadReview((await params).id);
  return { title: `${view.assessment.status === "ACCEPTED" ? "Assessment accepted" : "Assessment returned"} – ${view.assessment.force.name}` };
}

/** The confirmation after returning or accepting: where the assessment now stands and what happens next. */
export default async function ReviewDonePage({ params }: Props) {
  const { id } = await params;
  const { view } = await loadReview(id);
  const a = view.assessment;
  if (a.status === "SUBMITTED") redirect(reviewPath(a.id));
  const accepted = a.status === "ACCEPTED";
  const queries = view.sections.flatMap((s) => s.questions).filter((q) => q.review.state === "QUERIED");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title={accepted ? "Assessment accepted" : "Assessment returned to the force"}>
          {a.force.name}
          <br />
          Reference <strong>{a.reference}</strong>
        </Panel>
        {accepted && a.judgement ? (
          <>
            <SummaryList
              rows={[
                { key: "Judgement", value: <Tag rag={JUDGEMENT_RAG[a.judgement.judgement]}>{judgementTagText(a.judgement.judgement)}</Tag> },
                { key: "Summary", value: <Lines text={a.judgement.summary} /> },
                { key: "HM Inspector", value: `${a.judgement.inspectorName}, ${a.judgement.inspectorRegion} region` },
                ...(a.acceptedAt ? [{ key: "Accepted", value: formatDate(a.acceptedAt) }] : []),
              ]}
            />
            <h2 className="govuk-heading-m">What happens next</h2>
            <p className="govuk-body">
              The answers and your judgement are kept as a permanent record, and nobody can change them. The force’s status report now
              carries your judgement.
            </p>
            <p className="govuk-body">
              <a className="govuk-link" href={`/assessments/${encodeURIComponent(a.id)}/report`}>
                Read {a.force.name}’s status report
              </a>
            </p>
          </>
        ) : (
          <>
            <h2 className="govuk-heading-m">What happens next</h2>
            <p className="govuk-body">
              {a.force.name} can now see your {queries.length === 1 ? "query" : `${queries.length} queries`}. Their professional standards department
              will respond and change answers where needed, and their chief officer will submit the assessment again. It will then appear in your
              review list as awaiting review, with the changes marked.
            </p>
            <ul className="govuk-list govuk-list--bullet">
              {queries.map((q) => (
                <li key={q.code}>
                  {q.code}. {q.prompt}
                </li>
              ))}
            </ul>
          </>
        )}
        <p className="govuk-body">
          <a className="govuk-link" href="/review">
            Back to the review list
          </a>
        </p>
      </div>
    </div>
  );
}
