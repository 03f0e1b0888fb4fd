import type { Metadata } from "next";
import { BackLink, Button, ButtonGroup, NotificationBanner, SummaryList, Table } from "@/components";
import { ACTION_STATUS_LABELS } from "@/lib/actions/rag.ts";
import { PRIORITY_LABELS } from "@/lib/actions/filters.ts";
import type { ActionDetail } from "@/lib/actions/types.ts";
import { formatDate, formatDateTime } from "@/lib/format.ts";
import { RagTag, StatusTag } from "../_components/rag-tag.tsx";
import { DONE_MESSAGES, DONE_PARAM, type DoneKey } from "../_forms/state.ts";
import { ActionEvidence } from "./action-evidence.tsx";
import { loadAction, type ActionPageProps } from "./load.ts";

type Props = ActionPageProps & { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: ActionPageProps): Promise<Metadata> {
  const { action } = await loadAction((await params).id);
  return { title: `${action.reference}: ${action.title}` };
}

function LinkedQuestions({ a }: { a: ActionDetail }) {
  if (a.questions.length === 0) return <>None</>;
  return (
    <ul className="govuk-list">
      {a.questions.map((q) => (
        <li key={q.code}>
          {a.assessmentId ? (
            <a className="govuk-link" href={`/assessments/${a.assessmentId}/sections/${q.sectionCode}/check`}>
              {q.code}. {q.prompt}
            </a>
          ) : (
            `${q.code}. ${q.prompt}`
          )}
          {q.recommendation ? <div className="govuk-hint govuk-!-margin-bottom-0">Recommendation: {q.recommendation.title}</div> : null}
        </li>
      ))}
    </ul>
  );
}

/** One action: its fields, what can be done with it now, progress updates, evidence and history. */
export default async function ActionPage({ params, searchParams }: Props) {
  const { action: a } = await loadAction((await params).id);
  const done = (await searchParams)[DONE_PARAM];
  const message = typeof done === "string" && done in DONE_MESSAGES ? DONE_MESSAGES[done as DoneKey] : null;
  const base = `/actions/${a.id}`;
  return (
    <>
      <BackLink href="/actions">Back to actions</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {message ? <NotificationBanner type="success" heading={message} /> : null}
          <span className="govuk-caption-l">
            {a.reference}, {a.forceName}
          </span>
          <h1 className="govuk-heading-l">{a.title}</h1>
          <p className="govuk-body">
            <StatusTag status={a.status} /> <RagTag rag={a.rag} />
          </p>
          {a.can.update || a.can.complete || a.can.edit || a.can.close || a.can.reopen ? (
            <ButtonGroup>
              {a.can.complete ? <Button href={`${base}/complete`}>Mark as completed</Button> : null}
              {a.can.close ? <Button href={`${base}/close`}>Check and close</Button> : null}
              {a.can.update ? (
                <Button href={`${base}/update`} variant="secondary">
                  Add a progress update
                </Button>
              ) : null}
              {a.can.edit ? (
                <Button href={`${base}/edit`} variant="secondary">
                  Edit the action
                </Button>
              ) : null}
              {a.can.reopen ? (
                <Button href={`${base}/reopen`} variant="warning">
                  Reopen
                </Button>
              ) : null}
            </ButtonGroup>
          ) : null}

          <SummaryList
            rows={[
              { key: "Owner", value: a.ownerLabel },
              { key: "Due date", value: formatDate(a.dueDate) },
              { key: "Priority", value: PRIORITY_LABELS[a.priority] },
              { key: "Linked questions", value: <LinkedQuestions a={a} /> },
              { key: "Description", value: a.description ? <span className="app-pre-line">{a.description}</span> : "None" },
              { key: "Evidence needed to complete", value: a.evidenceRequired ? "Yes" : "No" },
              { key: "Raised", value: `${formatDateTime(a.createdAt)}${a.createdBy ? ` by ${a.createdBy}` : ""}` },
              ...(a.completionNote ? [{ key: "Completion note", value: <span className="app-pre-line">{a.completionNote}</span> }] : []),
              ...(a.completedAt ? [{ key: "Completed", value: formatDateTime(a.completedAt) }] : []),
              ...(a.closedAt ? [{ key: "Closed", value: `${formatDateTime(a.closedAt)}${a.closedBy ? ` by ${a.closedBy}` : ""}` }] : []),
            ]}
          />

          <h2 className="govuk-heading-m">Progress updates</h2>
          {a.updates.length === 0 ? (
            <p className="govuk-body">No progress updates yet.</p>
          ) : (
            <ol className="govuk-list govuk-list--spaced" reversed>
              {a.updates.map((u) => (
                <li key={u.id}>
                  <p className="govuk-body-s govuk-!-margin-bottom-1">
                    {formatDateTime(u.at)}
                    {u.author ? `, ${u.author}` : ""}
                    {u.status ? `: status ${ACTION_STATUS_LABELS[u.status].toLowerCase()}` : ""}
                  </p>
                  <p className="govuk-body app-pre-line">{u.note}</p>
                </li>
              ))}
            </ol>
          )}

          <ActionEvidence action={a} />

          <h2 className="govuk-heading-m">History</h2>
          <Table
            caption="Every change to this action"
            captionSize="s"
            scrollable
            head={["When", "Who", "What"]}
            rows={a.history.map((h) => [<span key="w" className="app-nowrap">{formatDateTime(h.at)}</span>, h.actor, h.summary])}
          />
        </div>
      </div>
    </>
  );
}
