import type { Metadata } from "next";
import { BackLink, Button, InsetText, NotificationBanner, SummaryList, Tag } from "@/components";
import { STATUS_COLOURS } from "@/lib/assessments/status.ts";
import { formatDate, plural } from "@/lib/format.ts";
import { JUDGEMENT_RAG, judgementTagText } from "@/lib/review/judgements.ts";
import { REVIEW_STATUS_LABELS } from "@/lib/review/queue.ts";
import { REVIEW_STATE_LABELS, REVIEW_STATES } from "@/lib/review/state.ts";
import type { ReviewView } from "@/lib/db/review.ts";
import { Lines } from "../_workflow/lines.tsx";
import { submissionName } from "@/lib/review/queue.ts";
import { AnswerReview } from "./answer-review.tsx";
import { ChangesSinceLastSubmission } from "./changes.tsx";
import { loadReview, reviewPath } from "./load.ts";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ accepted?: string; queried?: string; changed?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { view } = await loadReview((await params).id);
  return { title: `Review: ${view.assessment.force.name}, ${view.assessment.cycle.name}` };
}

function Outcome({ sp }: { sp: Awaited<Props["searchParams"]> }) {
  const code = [sp.accepted, sp.queried].find((c) => c && /^[A-Z]\d{1,3}$/.test(c));
  if (sp.changed === "1") {
    return <NotificationBanner heading="The assessment changed while you had it open. Check where it stands now." />;
  }
  if (!code) return null;
  return <NotificationBanner type="success" heading={sp.accepted ? `You accepted the answer to ${code}` : `You queried the answer to ${code}`} />;
}

function Summary({ view }: { view: ReviewView }) {
  const a = view.assessment;
  const counts = REVIEW_STATES.filter((s) => view.counts[s] > 0).map((s) => `${REVIEW_STATE_LABELS[s].toLowerCase()}: ${view.counts[s]}`);
  return (
    <SummaryList
      rows={[
        { key: "Status", value: <Tag colour={STATUS_COLOURS[a.status]}>{REVIEW_STATUS_LABELS[a.status]}</Tag> },
        { key: "Reference", value: a.reference },
        { key: "Reporting period", value: `${formatDate(a.cycle.periodStart)} to ${formatDate(a.cycle.periodEnd)}` },
        { key: "Submitted", value: a.submittedAt ? `${formatDate(a.submittedAt)} (${submissionName(a.round)})` : "Not yet" },
        ...(a.declaration ? [{ key: "Signed off by", value: `${a.declaration.name}, ${a.declaration.role}` }] : []),
        ...(a.returnedAt && a.status === "RETURNED" ? [{ key: "Returned", value: formatDate(a.returnedAt) }] : []),
        { key: "Answers", value: counts.length > 0 ? `${counts.join(", ")}`.replace(/^./, (c) => c.toUpperCase()) : "None to review" },
        ...(a.judgement
          ? [
              { key: "Judgement", value: <Tag rag={JUDGEMENT_RAG[a.judgement.judgement]}>{judgementTagText(a.judgement.judgement)}</Tag> },
              { key: "Summary", value: <Lines text={a.judgement.summary} /> },
              { key: "HM Inspector", value: `${a.judgement.inspectorName}, ${a.judgement.inspectorRegion} region` },
              ...(a.acceptedAt ? [{ key: "Accepted", value: formatDate(a.acceptedAt) }] : []),
            ]
          : []),
      ]}
    />
  );
}

function Finish({ view }: { view: ReviewView }) {
  const { assessment: a, may, openQueries } = view;
  if (a.status === "RETURNED") {
    return <InsetText>This assessment is with the force. You can review it again when their chief officer submits it.</InsetText>;
  }
  if (a.status === "ACCEPTED") return <InsetText>This assessment has been accepted. Nothing in it can change.</InsetText>;
  return (
    <>
      <p className="govuk-body">
        {openQueries.length > 0
          ? `You have queried ${plural(openQueries.length, "answer")} in this submission. Return the assessment so the force can respond, or accept those answers if you no longer need a response.`
          : "Accept the assessment with your judgement, or query an answer and return the assessment to the force."}
      </p>
      <div className="govuk-button-group">
        {may.return ? <Button href={reviewPath(a.id, "/return")}>Return to the force</Button> : null}
        {may.accept ? <Button href={reviewPath(a.id, "/accept")}>Accept the assessment</Button> : null}
      </div>
    </>
  );
}

/** The inspector's review of one assessment: every answer by section, with a decision on each. */
export default async function ReviewPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { view } = await loadReview(id);
  const a = view.assessment;
  return (
    <>
      <BackLink href="/review">Back to the review list</BackLink>
      <Outcome sp={await searchParams} />
      <span className="govuk-caption-l">{a.force.name}</span>
      <h1 className="govuk-heading-l">Review the {a.cycle.name} health check</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Summary view={view} />
          {a.status === "SUBMITTED" ? (
            <p className="govuk-body">
              <a className="govuk-link" href="#finish-heading">
                Go to the end of the review
              </a>
            </p>
          ) : null}
        </div>
      </div>
      {view.changes ? <ChangesSinceLastSubmission changes={view.changes} round={a.round} /> : null}
      {view.sections.map((s) => (
        <section key={s.code} aria-labelledby={`section-${s.code}`} className="govuk-!-margin-bottom-8">
          <h2 className="govuk-heading-m govuk-!-margin-bottom-2" id={`section-${s.code}`}>
            {s.code}. {s.title}
          </h2>
          {s.judgement ? (
            <p className="govuk-body">
              Section judgement: <Tag rag={JUDGEMENT_RAG[s.judgement]}>{judgementTagText(s.judgement)}</Tag>
            </p>
          ) : null}
          {s.questions.map((q) => (
            <AnswerReview key={q.code} assessmentId={a.id} q={q} round={a.round} mayDecide={view.may.decide} />
          ))}
        </section>
      ))}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m" id="finish-heading">
            Finish the review
          </h2>
          <Finish view={view} />
        </div>
      </div>
    </>
  );
}
