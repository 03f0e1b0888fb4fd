import { WarningText } from "@/components";
import { EvidenceList } from "@/app/assessments/[id]/_evidence/evidence-list.tsx";
import { actionEvidenceViews } from "../action-evidence.tsx";
import type { ActionDetail } from "@/lib/actions/types.ts";
import { NoteFormPage, noteMetadata } from "../note-page.tsx";
import type { ActionPageProps } from "../load.ts";

export const generateMetadata = noteMetadata("complete");

/** What a completion rests on: the evidence so far (the error "add evidence" links here). */
function Intro({ a }: { a: ActionDetail }) {
  const items = actionEvidenceViews(a);
  return (
    <>
      <p className="govuk-body">A chief officer will check what was done and close the action, or reopen it if it needs more work.</p>
      <section id="evidence" aria-labelledby="evidence-heading" tabIndex={-1}>
        <h2 className="govuk-heading-m" id="evidence-heading">
          Evidence
        </h2>
        {items.length ? <EvidenceList items={items} /> : null}
        {a.evidenceRequired && items.length === 0 ? (
          <WarningText>This action needs evidence of what was done before it can be marked as completed.</WarningText>
        ) : items.length === 0 ? (
          <p className="govuk-body">No evidence has been added to this action.</p>
        ) : null}
        <p className="govuk-body">
          <a className="govuk-link" href={`/actions/${a.id}#evidence`}>
            Add evidence on the action&rsquo;s page
          </a>
        </p>
      </section>
    </>
  );
}

/** Completing needs a note of what was done, and evidence when the action asked for it. */
export default function CompletePage({ params }: ActionPageProps) {
  return <NoteFormPage params={params} kind="complete" intro={(a) => <Intro a={a} />} />;
}
