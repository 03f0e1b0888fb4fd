"use server";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session.ts";
import { addFileEvidence, addLinkEvidence, deleteEvidence } from "@/lib/db/evidence.ts";
import { DONE_PARAM, type EvidenceFormState, type EvidenceIntent } from "./state.ts";
import { formText, runEvidenceForm } from "./run.ts";

/** Back to the page the form was on, and only to a page of this assessment (never an open redirect). */
function backTo(returnTo: string, assessmentId: string, intent: EvidenceIntent): string {
  const prefix = `/assessments/${encodeURIComponent(assessmentId)}/`;
  const path = returnTo.startsWith(prefix) && /^[A-Za-z0-9/_-]+$/.test(returnTo) && !returnTo.includes("//") ? returnTo : prefix.slice(0, -1);
  // `fresh` restarts the question form from the saved answer (attaching may have just created it).
  return `${path}?fresh=${Date.now()}&${DONE_PARAM}=${intent}#evidence`;
}

/** An answer's evidence: upload, add a link or remove. */
export async function evidenceAction(_state: EvidenceFormState, formData: FormData): Promise<EvidenceFormState> {
  const actor = await requireActor();
  const assessmentId = formText(formData, "assessmentId");
  // It becomes part of paths below; the data layer would refuse anything else as unknown anyway.
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(assessmentId)) notFound();
  const questionCode = formText(formData, "questionCode");
  return runEvidenceForm(formData, {
    upload: (marking, file) => addFileEvidence(actor, { assessmentId, questionCode, marking }, file),
    link: (fields) => addLinkEvidence(actor, { assessmentId, questionCode, ...fields }),
    remove: (evidenceId) => deleteEvidence(actor, evidenceId),
    back: (intent) => backTo(formText(formData, "returnTo"), assessmentId, intent),
    revalidate: `/assessments/${assessmentId}`,
  });
}
