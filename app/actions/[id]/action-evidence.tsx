import type { ActionDetail } from "@/lib/actions/types.ts";
import { EvidenceForms } from "@/app/assessments/[id]/_evidence/evidence-forms.tsx";
import { EvidenceList, toEvidenceView } from "@/app/assessments/[id]/_evidence/evidence-list.tsx";
import { actionEvidenceAction } from "./evidence-actions.ts";

/** An action's evidence as the lists show it, files downloading from the action's own route. */
export const actionEvidenceViews = (a: ActionDetail) => a.evidence.map((e) => toEvidenceView(e, `/actions/${a.id}/evidence/${e.id}`));

/** "Evidence" of what was done: the same list and forms as an answer's evidence, for this action. */
export function ActionEvidence({ action: a, headingLevel = 2 }: { action: ActionDetail; headingLevel?: 2 | 3 }) {
  const items = actionEvidenceViews(a);
  const can = a.can as ActionDetail["can"] & { addEvidence?: boolean };
  const Heading = `h${headingLevel}` as const;
  return (
    <section id="evidence" className="govuk-!-margin-top-6" aria-labelledby="evidence-heading">
      <Heading className="govuk-heading-m" id="evidence-heading">
        Evidence
      </Heading>
      {a.evidenceRequired ? <p className="govuk-body">Evidence of what was done is needed before this action can be marked as completed.</p> : null}
      {can.addEvidence ? (
        <EvidenceForms target={{ actionId: a.id }} items={items} action={actionEvidenceAction} canRemove={can.edit} empty="No evidence has been added to this action yet." />
      ) : items.length ? (
        <EvidenceList items={items} />
      ) : (
        <p className="govuk-body">No evidence has been added to this action.</p>
      )}
    </section>
  );
}
