import type { Metadata } from "next";
import { BackLink, NotificationBanner, WarningText } from "@/components";
import { plural } from "@/lib/format.ts";
import { loadReview, reviewPath } from "../load.ts";
import { AcceptForm } from "./accept-form.tsx";
import { NotNow } from "../not-now.tsx";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ changed?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { view } = await loadReview((await params).id);
  return { title: `Accept the assessment – ${view.assessment.force.name}` };
}

/** The inspector's judgement: overall, optionally per section, with the summary and the HM Inspector to quote. */
export default async function AcceptPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { view } = await loadReview(id);
  const a = view.assessment;
  const changed = (await searchParams).changed === "1";
  const heading = (
    <>
      {changed ? <NotificationBanner heading="The assessment changed while you had it open. Check it again before you accept it." /> : null}
      <span className="govuk-caption-l">{a.force.name}</span>
      <h1 className="govuk-heading-l">Accept the assessment</h1>
    </>
  );
  let body;
  if (!view.may.accept) {
    body = (
      <>
        {heading}
        <NotNow assessmentId={a.id}>
          {a.status !== "SUBMITTED"
            ? "This assessment is not waiting for review, so it cannot be accepted."
            : `You have queried ${plural(view.openQueries.length, "answer")} in this submission. Accept ${view.openQueries.length === 1 ? "that answer" : "those answers"} or return the assessment to the force.`}
        </NotNow>
      </>
    );
  } else {
    body = (
      <AcceptForm
        assessmentId={a.id}
        version={a.version}
        forceName={a.force.name}
        defaultRegion={a.force.region}
        regions={view.regions}
        sections={view.sections.map((s) => ({ code: s.code, title: s.title }))}
      >
        {heading}
        <p className="govuk-body">
          Accepting keeps the answers and your judgement as a permanent record. Nobody can change them afterwards, and the force’s status
          report is issued with your judgement.
        </p>
        <WarningText>You cannot change the judgement once you have accepted the assessment.</WarningText>
      </AcceptForm>
    );
  }
  return (
    <>
      <BackLink href={reviewPath(a.id)}>Back to the review</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">{body}</div>
      </div>
    </>
  );
}
