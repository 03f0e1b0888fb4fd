import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink, InsetText } from "@/components";
import { EvidenceLinks, evidenceView } from "../../../_evidence/evidence-list.tsx";
import { QueryThread } from "../../../_review/thread.tsx";
import { Lines } from "../../../_workflow/lines.tsx";
import { loadReview, reviewPath } from "../../load.ts";
import { QueryForm } from "./query-form.tsx";

type Props = { params: Promise<{ id: string; code: string }> };

async function load(props: Props) {
  const { id, code } = await props.params;
  const ctx = await loadReview(id);
  const section = ctx.view.sections.find((s) => s.questions.some((q) => q.code === code));
  const q = section?.questions.find((x) => x.code === code);
  if (!section || !q) notFound();
  return { ...ctx, section, q };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { q, view } = await load(props);
  return { title: `Query the answer to ${q.code} – ${view.assessment.force.name}` };
}

/** One answer, in full, with a form to query it. */
export default async function QueryPage(props: Props) {
  const { view, section, q } = await load(props);
  const a = view.assessment;
  const back = reviewPath(a.id, `#q-${q.code}`);
  const current = q.review.state === "QUERIED" && q.review.decision ? q.review.decision.body : "";
  const body = (
    <>
      <span className="govuk-caption-l">
        {a.force.name}: {section.code}. {section.title}
      </span>
      <h1 className="govuk-heading-l">Query the answer to {q.code}</h1>
      <h2 className="govuk-heading-s govuk-!-margin-bottom-2">{q.prompt}</h2>
      <p className="govuk-body">
        <Lines text={q.answered ? q.answer : "Not answered"} />
      </p>
      <EvidenceLinks items={q.evidence.map((e) => evidenceView(a.id, e))} />
      {q.change && q.change.kind !== "added" ? (
        <InsetText>
          <strong>Before the last change:</strong> <Lines text={q.change.before ?? "Not answered"} />
        </InsetText>
      ) : null}
      {q.queries.filter((d) => d.id !== q.review.decision?.id || q.review.state !== "QUERIED").map((d) => (
        <QueryThread key={d.id} query={d} showRound />
      ))}
    </>
  );
  return (
    <>
      <BackLink href={back}>Back to the review</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {view.may.decide ? (
            <QueryForm assessmentId={a.id} code={q.code} current={current}>
              {body}
            </QueryForm>
          ) : (
            <>
              {body}
              <InsetText>This assessment is not waiting for review, so its answers cannot be queried now.</InsetText>
            </>
          )}
        </div>
      </div>
    </>
  );
}
