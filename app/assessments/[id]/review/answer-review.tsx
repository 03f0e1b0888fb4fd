import { Button, InsetText, Tag } from "@/components";
import type { ReviewQuestion } from "@/lib/db/review.ts";
import { CHANGE_LABELS } from "@/lib/review/diff.ts";
import { REVIEW_STATE_COLOURS, REVIEW_STATE_LABELS } from "@/lib/review/state.ts";
import { EvidenceLinks, evidenceView } from "../_evidence/evidence-list.tsx";
import { QueryThread } from "../_review/thread.tsx";
import { Lines } from "../_workflow/lines.tsx";
import { acceptAnswerAction } from "./actions.ts";
import { reviewPath } from "./load.ts";

type Props = { assessmentId: string; q: ReviewQuestion; round: number; mayDecide: boolean };

/** One answer on the review page: the answer and its evidence, what changed, the queries, and the inspector's choice. */
export function AnswerReview({ assessmentId, q, round, mayDecide }: Props) {
  const { state, decision } = q.review;
  const acceptedNote = (state === "ACCEPTED" || state === "ACCEPTED_BEFORE") && decision?.body ? decision.body : null;
  const query = (
    <a className="govuk-link" href={reviewPath(assessmentId, `/questions/${q.code}`)}>
      {state === "QUERIED" ? "Change the query" : "Query"}
      <span className="govuk-visually-hidden"> the answer to {q.code}</span>
    </a>
  );
  return (
    <div id={`q-${q.code}`} className="govuk-!-padding-top-4">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h3 className="govuk-heading-s govuk-!-margin-bottom-2">
            {q.code}. {q.prompt}
          </h3>
          <p className="govuk-body govuk-!-margin-bottom-2">
            <Tag colour={REVIEW_STATE_COLOURS[state]}>{REVIEW_STATE_LABELS[state]}</Tag>{" "}
            {q.change ? <Tag colour="purple">{`${CHANGE_LABELS[q.change.kind]} since the last submission`}</Tag> : null}
          </p>
          <p className="govuk-body govuk-!-margin-bottom-2">
            <span className="govuk-visually-hidden">Answer: </span>
            {q.answered ? <Lines text={q.answer} /> : q.required ? "Not answered (required)" : "Not answered"}
          </p>
          <EvidenceLinks items={q.evidence.map((e) => evidenceView(assessmentId, e))} />
          {q.change && q.change.kind !== "added" ? (
            <InsetText className="govuk-!-margin-top-2 govuk-!-margin-bottom-2">
              <p className="govuk-body govuk-!-margin-bottom-0">
                <strong>Before:</strong> <Lines text={q.change.before ?? "Not answered"} />
              </p>
            </InsetText>
          ) : null}
          {acceptedNote ? (
            <p className="govuk-body-s">
              Note when accepted: <Lines text={acceptedNote} />
            </p>
          ) : null}
          {q.queries.map((d) => (
            <QueryThread key={d.id} query={d} showRound={round > 1} />
          ))}
        </div>
        <div className="govuk-grid-column-one-third">
          {mayDecide && state !== "ACCEPTED" ? (
            <form action={acceptAnswerAction} className="govuk-button-group govuk-!-margin-bottom-2">
              <input type="hidden" name="assessmentId" value={assessmentId} />
              <input type="hidden" name="code" value={q.code} />
              <Button type="submit" variant="secondary" preventDoubleClick>
                Accept<span className="govuk-visually-hidden"> the answer to {q.code}</span>
              </Button>
              {query}
            </form>
          ) : mayDecide ? (
            <p className="govuk-body">{query}</p>
          ) : null}
        </div>
      </div>
      <hr className="govuk-section-break govuk-section-break--s govuk-section-break--visible" />
    </div>
  );
}
