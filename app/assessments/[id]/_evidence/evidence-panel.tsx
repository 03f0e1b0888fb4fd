import { requireActor } from "@/lib/auth/session.ts";
import { listEvidence } from "@/lib/db/evidence.ts";
import { EvidenceForms } from "./evidence-forms.tsx";
import { EvidenceList, evidenceView } from "./evidence-list.tsx";

type Props = { assessmentId: string; questionCode: string; editable: boolean };

/** "Evidence" for one question: what is attached and, while the force may change it, forms to add and remove. */
export async function EvidencePanel({ assessmentId, questionCode, editable }: Props) {
  const actor = await requireActor();
  const items = (await listEvidence(actor, assessmentId, questionCode)).map((e) => evidenceView(assessmentId, e));
  return (
    <section id="evidence" className="govuk-!-margin-top-6" aria-labelledby="evidence-heading">
      <h2 className="govuk-heading-l" id="evidence-heading">
        Evidence
      </h2>
      {editable ? (
        <EvidenceForms target={{ assessmentId, questionCode }} items={items} />
      ) : items.length ? (
        <EvidenceList items={items} />
      ) : (
        <p className="govuk-body">No evidence has been added to this question.</p>
      )}
    </section>
  );
}
