import type { Metadata } from "next";
import Link from "next/link";
import { BackLink, Button, NotificationBanner, SummaryList, WarningText } from "@/components";
import { groupBySection } from "@/lib/assessments/readiness.ts";
import { formatDate, plural } from "@/lib/format.ts";
import { assessmentPath, loadWorkflow } from "../_workflow/load.ts";
import { ReturnNoteBanner } from "../_workflow/return-note-banner.tsx";
import { queriesForForce } from "../_review/load-queries.ts";
import { ReviewQueriesBanner } from "../_review/queries-banner.tsx";
import { markReadyAction } from "./actions.ts";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ changed?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { actor, view } = await loadWorkflow((await params).id, ["PSD"]);
  const blocked = view.missing.length > 0 || (await queriesForForce(actor, view.assessment.id)).some((q) => !q.answered);
  const title = view.may.markReady && blocked ? "You cannot send this for sign-off yet" : "Send for sign-off";
  return { title: `${title} – ${view.assessment.cycle.name} health check` };
}

export default async function ReadyPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { actor, view } = await loadWorkflow(id, ["PSD"]);
  const { assessment, missing } = view;
  const back = assessmentPath(id);
  const changed = (await searchParams).changed === "1";
  const caption = <span className="govuk-caption-l">{assessment.force.name}</span>;
  const unanswered = (await queriesForForce(actor, id)).filter((q) => !q.answered).length;

  let body;
  if (!view.may.markReady) {
    body = (
      <>
        {caption}
        <h1 className="govuk-heading-l">Send for sign-off</h1>
        <p className="govuk-body">
          {assessment.status === "READY_FOR_SIGN_OFF"
            ? `This health check is with your chief officer for sign-off${view.readyAt ? `. It was sent to them on ${formatDate(view.readyAt)}` : ""}.`
            : `This health check ${assessment.status === "ACCEPTED" ? "has been accepted by" : "is with"} the inspectorate, so it cannot be sent for sign-off.`}
        </p>
        {assessment.status === "SUBMITTED" || assessment.status === "ACCEPTED" ? (
          <p className="govuk-body">
            <Link className="govuk-link" href={assessmentPath(id, "/submitted")}>
              View the submission confirmation
            </Link>
          </p>
        ) : null}
      </>
    );
  } else if (missing.length > 0) {
    body = (
      <>
        {caption}
        <h1 className="govuk-heading-l">You cannot send this for sign-off yet</h1>
        <p className="govuk-body">
          You need to answer {plural(missing.length, "more required question")} before your chief officer can sign off the health check.
        </p>
        {groupBySection(missing).map((section) => (
          <section key={section.code} aria-labelledby={`missing-${section.code}`}>
            <h2 className="govuk-heading-m" id={`missing-${section.code}`}>
              {section.code}. {section.title}
            </h2>
            <ul className="govuk-list govuk-list--bullet">
              {section.questions.map((q) => (
                <li key={q.code}>
                  <Link className="govuk-link" href={assessmentPath(id, `/sections/${q.sectionCode}/${q.code}`)}>
                    {q.code}. {q.prompt}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </>
    );
  } else if (view.may.markReady && unanswered > 0) {
    body = (
      <>
        {caption}
        <h1 className="govuk-heading-l">You cannot send this for sign-off yet</h1>
        <p className="govuk-body">
          Respond to every query from the inspectorate before your chief officer signs off the health check again ({plural(unanswered, "query", "queries")} still
          to answer).
        </p>
      </>
    );
  } else {
    const required = assessment.progressDetail.requiredTotal;
    body = (
      <>
        {caption}
        <h1 className="govuk-heading-l">Send the health check for sign-off</h1>
        <SummaryList
          rows={[
            { key: "Health check", value: `${assessment.cycle.name} (reference ${assessment.reference})` },
            { key: "Reporting period", value: `${formatDate(assessment.cycle.periodStart)} to ${formatDate(assessment.cycle.periodEnd)}` },
            { key: "Required questions", value: `All ${required} required questions are answered` },
          ]}
        />
        <p className="govuk-body">
          Your chief officer will check the answers. They can then submit the health check to the inspectorate, or return it to you
          with a comment saying what needs to change.
        </p>
        <WarningText>You cannot change any answers while the health check is with your chief officer.</WarningText>
        <form action={markReadyAction}>
          <input type="hidden" name="assessmentId" value={assessment.id} />
          <input type="hidden" name="expectedVersion" value={view.version} />
          <Button type="submit" preventDoubleClick>
            Send to chief officer for sign-off
          </Button>
        </form>
      </>
    );
  }

  return (
    <>
      <BackLink href={back}>Back to the health check</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {changed ? (
            <NotificationBanner title="Important">
              <p className="govuk-notification-banner__heading">The health check changed while you had it open. Check where it stands now.</p>
            </NotificationBanner>
          ) : (
            // What the chief officer asked for, while deciding whether it is ready to go back.
            <>
              <ReturnNoteBanner actor={actor} assessmentId={assessment.id} />
              <ReviewQueriesBanner assessment={assessment} />
            </>
          )}
          {body}
          <p className="govuk-body">
            <Link className="govuk-link" href={back}>
              Return to the health check
            </Link>
          </p>
        </div>
      </div>
    </>
  );
}
