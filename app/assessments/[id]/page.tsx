import type { Metadata } from "next";
import Link from "next/link";
import { Button, NotificationBanner, SummaryList, Tag, TaskList } from "@/components";
import { STATUS_COLOURS, STATUS_LABELS } from "@/lib/assessments/status.ts";
import { SECTION_STATUS_LABELS, type SectionStatus } from "@/lib/assessments/progress.ts";
import { deadlineText, formatDate, formatDateTime } from "@/lib/format.ts";
import { loadAssessment } from "./load.ts";
import { ReturnNoteBanner } from "./_workflow/return-note-banner.tsx";
import { ReviewQueriesBanner } from "./_review/queries-banner.tsx";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string; sent?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { assessment } = await loadAssessment((await params).id);
  return { title: `${assessment.cycle.name} health check – ${assessment.force.name}` };
}

const STATUS_TAG: Record<SectionStatus, "green" | "blue" | "grey"> = { COMPLETED: "green", IN_PROGRESS: "blue", NOT_STARTED: "grey" };

/** The GOV.UK task list: one task per checklist section, with its status. */
export default async function AssessmentTaskList({ params, searchParams }: Props) {
  const { actor, assessment: a, checklist, editable } = await loadAssessment((await params).id);
  const sp = await searchParams;
  const p = a.progressDetail;
  const base = `/assessments/${a.id}`;
  const savedQuestion = sp.saved ? checklist.questionByCode.get(sp.saved) : undefined;
  const allComplete = p.sectionsCompleted === p.sectionsTotal;
  return (
    <>
      {savedQuestion ? (
        <NotificationBanner type="success" title="Success" heading={`Your answer to ${savedQuestion.code} has been saved`}>
          <p className="govuk-body">You can come back to it at any time before the health check is sent for sign-off.</p>
        </NotificationBanner>
      ) : null}
      {sp.sent && a.status === "READY_FOR_SIGN_OFF" ? (
        <NotificationBanner type="success" title="Success" heading="Sent to your chief officer for sign-off" />
      ) : null}
      <ReturnNoteBanner actor={actor} assessmentId={a.id} />
      <ReviewQueriesBanner assessment={a} />
      <span className="govuk-caption-l">{a.force.name}</span>
      <h1 className="govuk-heading-l">{a.cycle.name} health check</h1>
      <SummaryList
        rows={[
          { key: "Status", value: <Tag colour={STATUS_COLOURS[a.status]}>{STATUS_LABELS[a.status]}</Tag> },
          { key: "Reference", value: a.reference },
          { key: "Reporting period", value: `${formatDate(a.cycle.periodStart)} to ${formatDate(a.cycle.periodEnd)}` },
          { key: "Deadline", value: deadlineText(a.cycle.deadline) },
          {
            key: "Last change",
            value: a.lastChange
              ? `${a.lastChange.code} by ${a.lastChange.by ?? "a former user"}, ${formatDateTime(a.lastChange.at)}`
              : "No answers yet",
          },
          ...(a.declaration
            ? [{ key: "Signed off by", value: `${a.declaration.name}, ${a.declaration.role}, ${formatDate(a.declaration.date)}` }]
            : []),
        ]}
      />
      <p className="govuk-body">
        <Link className="govuk-link" href={`${base}/report`}>
          {a.status === "ACCEPTED" ? "Read the status report" : "Preview the status report (draft)"}
        </Link>
      </p>
      <h2 className="govuk-heading-m">Sections</h2>
      <p className="govuk-body" id="progress">
        {allComplete ? "You have completed all sections." : `You have completed ${p.sectionsCompleted} of ${p.sectionsTotal} sections.`}
      </p>
      <TaskList
        items={p.sections.map((s) => ({
          title: `${s.code}. ${s.title}`,
          href: editable ? `${base}/sections/${s.code}` : `${base}/sections/${s.code}/check`,
          hint: `${s.requiredAnswered} of ${s.requiredTotal} required questions answered`,
          status: { text: SECTION_STATUS_LABELS[s.status], colour: STATUS_TAG[s.status] },
        }))}
      />
      <NextStep actorRole={actor.role} status={a.status} editable={editable} allComplete={allComplete} base={base} />
    </>
  );
}

function NextStep({ actorRole, status, editable, allComplete, base }: { actorRole: string; status: string; editable: boolean; allComplete: boolean; base: string }) {
  if (editable) {
    return (
      <>
        <h2 className="govuk-heading-m">Send for sign-off</h2>
        {allComplete ? (
          <Button href={`${base}/ready`}>Check and send for sign-off</Button>
        ) : (
          <p className="govuk-body">Complete every section before you send the health check to your chief officer for sign-off.</p>
        )}
      </>
    );
  }
  if (actorRole === "CHIEF_OFFICER" && status === "READY_FOR_SIGN_OFF") {
    return <Button href={`${base}/sign-off`}>Review and sign off</Button>;
  }
  if (["SUBMITTED", "ACCEPTED"].includes(status) && actorRole !== "INSPECTOR") {
    return (
      <p className="govuk-body">
        <Link className="govuk-link" href={`${base}/submitted`}>See the submission receipt</Link>
      </p>
    );
  }
  if (status === "READY_FOR_SIGN_OFF" && actorRole === "PSD") {
    return <p className="govuk-body">This health check is with your chief officer for sign-off. Answers cannot be changed unless it is returned to you.</p>;
  }
  return (
    <p className="govuk-body">
      <Link className="govuk-link" href="/">Back to your home page</Link>
    </p>
  );
}
