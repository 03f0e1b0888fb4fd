import { SummaryList } from "@/components";
import { EvidenceList } from "@/app/assessments/[id]/_evidence/evidence-list.tsx";
import { actionEvidenceViews } from "../action-evidence.tsx";
import type { ActionDetail } from "@/lib/actions/types.ts";
import { formatDateTime } from "@/lib/format.ts";
import { NoteFormPage, noteMetadata } from "../note-page.tsx";
import type { ActionPageProps } from "../load.ts";

export const generateMetadata = noteMetadata("close");

/** What the chief officer checks: what was done and the evidence for it. */
function Intro({ a }: { a: ActionDetail }) {
  const items = actionEvidenceViews(a);
  return (
    <>
      <SummaryList
        rows={[
          { key: "Completion note", value: <span className="app-pre-line">{a.completionNote ?? "None"}</span> },
          { key: "Completed", value: a.completedAt ? formatDateTime(a.completedAt) : "Not recorded" },
        ]}
      />
      <h2 className="govuk-heading-m">Evidence</h2>
      {items.length ? <EvidenceList items={items} /> : <p className="govuk-body">No evidence was added.</p>}
      <p className="govuk-body">
        If the action needs more work,{" "}
        <a className="govuk-link" href={`/actions/${a.id}/reopen`}>
          reopen it instead
        </a>
        .
      </p>
    </>
  );
}

/** A chief officer reads what was done and the evidence, then closes the action (or goes to reopen it). */
export default function ClosePage({ params }: ActionPageProps) {
  return <NoteFormPage params={params} kind="close" intro={(a) => <Intro a={a} />} />;
}
