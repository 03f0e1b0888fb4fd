import type { Metadata } from "next";
import Link from "next/link";
import { BackLink, InsetText, NotificationBanner, SummaryList, Tag } from "@/components";
import { applicableQuestions } from "@/lib/assessments/progress.ts";
import { STATUS_COLOURS, STATUS_LABELS } from "@/lib/assessments/status.ts";
import { todayInUk } from "@/lib/assessments/workflow-schemas.ts";
import { formatAnswer } from "@/lib/checklist/format-answer.ts";
import { listSignOffNotes } from "@/lib/db/assessment-workflow.ts";
import type { Actor } from "@/lib/auth/roles.ts";
import type { WorkflowView } from "@/lib/db/workflow-views.ts";
import { formatDate, formatDateTime } from "@/lib/format.ts";
import { Lines } from "../_workflow/lines.tsx";
import { assessmentPath, loadWorkflow } from "../_workflow/load.ts";
import { SignOffForms } from "./sign-off-forms.tsx";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ changed?: string; returned?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { view } = await loadWorkflow((await params).id, ["CHIEF_OFFICER"]);
  return { title: `Sign off the ${view.assessment.cycle.name} health check` };
}

function Answers({ view }: { view: WorkflowView }) {
  return (
    <>
      <h2 className="govuk-heading-l govuk-!-margin-top-8">Answers</h2>
      {view.checklist.definition.sections.map((section) => (
        <SummaryList
          key={section.code}
          card={{ title: `${section.code}. ${section.title}`, headingLevel: 3 }}
          rows={applicableQuestions(section.questions, view.values).map((q) => {
            const text = formatAnswer(q, view.values[q.code]);
            return { key: `${q.code}. ${q.prompt}`, value: <Lines text={text} /> };
          })}
        />
      ))}
    </>
  );
}

/** When there is nothing to sign off: say why, and where the health check is. */
async function StatusExplanation({ actor, view, returned }: { actor: Actor; view: WorkflowView; returned: boolean }) {
  const { assessment } = view;
  const id = assessment.id;
  const latest = assessment.status === "DRAFT" ? (await listSignOffNotes(actor, id))[0] : undefined;
  return (
    <>
      {returned ? (
        <NotificationBanner type="success" title="Success">
          <p className="govuk-notification-banner__heading">Health check returned to professional standards</p>
          <p className="govuk-body">They will see your comment when they open the health check.</p>
        </NotificationBanner>
      ) : null}
      <span className="govuk-caption-l">{assessment.force.name}</span>
      <h1 className="govuk-heading-l">Sign off the {assessment.cycle.name} health check</h1>
      <p className="govuk-body">
        Status: <Tag colour={STATUS_COLOURS[assessment.status]}>{STATUS_LABELS[assessment.status]}</Tag>
      </p>
      {latest && !latest.resolvedAt ? (
        <>
          <p className="govuk-body">You returned it to professional standards on {formatDateTime(latest.createdAt)} with this comment:</p>
          <InsetText>
            <p className="govuk-body">
              <Lines text={latest.comment} />
            </p>
          </InsetText>
          <p className="govuk-body">You can sign it off when they send it to you again.</p>
        </>
      ) : assessment.status === "DRAFT" ? (
        <p className="govuk-body">
          Professional standards have not sent this health check for sign-off. You can sign it off once they have answered every
          required question and sent it to you.
        </p>
      ) : null}
      {assessment.status === "SUBMITTED" || assessment.status === "ACCEPTED" ? (
        <p className="govuk-body">
          {assessment.submittedAt ? `It was submitted to the inspectorate on ${formatDate(assessment.submittedAt)}. ` : ""}
          <Link className="govuk-link" href={assessmentPath(id, "/submitted")}>
            View the submission confirmation
          </Link>
        </p>
      ) : null}
      {assessment.status === "RETURNED" ? (
        <p className="govuk-body">
          The inspectorate returned it to professional standards. They will send it to you again for sign-off once they have changed
          it.
        </p>
      ) : null}
      <p className="govuk-body">
        <Link className="govuk-link" href={assessmentPath(id)}>
          Return to the health check
        </Link>
      </p>
    </>
  );
}

export default async function SignOffPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const { actor, view } = await loadWorkflow(id, ["CHIEF_OFFICER"]);
  const { assessment } = view;
  const back = <BackLink href={assessmentPath(id)}>Back to the health check</BackLink>;
  if (!view.may.signOff) {
    return (
      <>
        {back}
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <StatusExplanation actor={actor} view={view} returned={query.returned === "1"} />
          </div>
        </div>
      </>
    );
  }
  return (
    <>
      {back}
      <SignOffForms
        assessmentId={assessment.id}
        version={view.version}
        forceName={assessment.force.name}
        defaults={{ name: actor.name, date: todayInUk() }}
      >
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            {query.changed === "1" ? (
              <NotificationBanner title="Important">
                <p className="govuk-notification-banner__heading">
                  The health check changed while you had it open. Check the answers again before you continue.
                </p>
              </NotificationBanner>
            ) : null}
            <span className="govuk-caption-l">{assessment.force.name}</span>
            <h1 className="govuk-heading-l">Sign off the {assessment.cycle.name} health check</h1>
            <p className="govuk-body">
              Professional standards sent this health check for sign-off{view.readyAt ? ` on ${formatDateTime(view.readyAt)}` : ""}.
              Check the answers, then either <a className="govuk-link" href="#return-heading">return it to professional standards</a>{" "}
              or <a className="govuk-link" href="#submit-heading">submit it to the inspectorate</a>.
            </p>
            <SummaryList
              rows={[
                { key: "Reference", value: assessment.reference },
                { key: "Reporting period", value: `${formatDate(assessment.cycle.periodStart)} to ${formatDate(assessment.cycle.periodEnd)}` },
                { key: "Required questions", value: `All ${assessment.progressDetail.requiredTotal} answered` },
              ]}
            />
          </div>
        </div>
        {/* Full width: the questions are long, so a narrow key column would make every row tall. */}
        <Answers view={view} />
      </SignOffForms>
    </>
  );
}
