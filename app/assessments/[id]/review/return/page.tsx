import type { Metadata } from "next";
import { BackLink, Button, NotificationBanner, SummaryList } from "@/components";
import { plural } from "@/lib/format.ts";
import { Lines } from "../../_workflow/lines.tsx";
import { returnAction } from "../actions.ts";
import { loadReview, reviewPath } from "../load.ts";
import { NotNow } from "../not-now.tsx";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ changed?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { view } = await loadReview((await params).id);
  return { title: `Check your queries before returning – ${view.assessment.force.name}` };
}

/** Check answers, GOV.UK style: the queries the force will receive, then one button to return it. */
export default async function ReturnPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { view } = await loadReview(id);
  const a = view.assessment;
  const changed = (await searchParams).changed === "1";
  return (
    <>
      <BackLink href={reviewPath(a.id)}>Back to the review</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {changed ? <NotificationBanner heading="The assessment changed while you had it open. Check your queries again." /> : null}
          <span className="govuk-caption-l">{a.force.name}</span>
          <h1 className="govuk-heading-l">Check your queries before returning the assessment</h1>
          {!view.may.return ? (
            <NotNow assessmentId={a.id}>
              {a.status === "SUBMITTED"
                ? "You have not queried any answers in this submission. Query at least one answer before you return the assessment to the force."
                : "This assessment is not waiting for review, so it cannot be returned."}
            </NotNow>
          ) : (
            <>
              <p className="govuk-body">
                {a.force.name} will receive {plural(view.openQueries.length, "query", "queries")}. Their professional standards department can then
                respond to each one and change answers. The assessment comes back to you when their chief officer submits it again.
              </p>
              <SummaryList
                rows={view.openQueries.map((q) => ({
                  key: `${q.code}. ${q.prompt}`,
                  value: <Lines text={q.comment} />,
                  actions: [{ href: reviewPath(a.id, `/questions/${q.code}`), text: "Change", visuallyHiddenText: `the query on ${q.code}` }],
                }))}
              />
              <h2 className="govuk-heading-m">Now return the assessment</h2>
              <p className="govuk-body">Once you return it, you cannot change these queries or review the assessment until the force submits it again.</p>
              <form action={returnAction}>
                <input type="hidden" name="assessmentId" value={a.id} />
                <input type="hidden" name="expectedVersion" value={a.version} />
                <Button type="submit" preventDoubleClick>
                  Return to the force
                </Button>
              </form>
            </>
          )}
        </div>
      </div>
    </>
  );
}
