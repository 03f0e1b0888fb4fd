"use server";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session.ts";
import { addActionFileEvidence, addActionLinkEvidence, deleteActionEvidence } from "@/lib/db/action-evidence.ts";
import { formText, runEvidenceForm } from "@/app/assessments/[id]/_evidence/run.ts";
import { DONE_PARAM, type EvidenceFormState } from "@/app/assessments/[id]/_evidence/state.ts";

/** An action's evidence: upload, add a link or remove; back to the action's evidence afterwards. */
export async function actionEvidenceAction(_state: EvidenceFormState, formData: FormData): Promise<EvidenceFormState> {
  const actor = await requireActor();
  const actionId = formText(formData, "actionId");
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(actionId)) notFound();
  const path = `/actions/${actionId}`;
  return runEvidenceForm(formData, {
    upload: (marking, file) => addActionFileEvidence(actor, { actionId, marking }, file),
    link: (fields) => addActionLinkEvidence(actor, { actionId, ...fields }),
    remove: (evidenceId) => deleteActionEvidence(actor, actionId, evidenceId),
    back: (intent) => `${path}?fresh=${Date.now()}&${DONE_PARAM}=${intent}#evidence`,
    revalidate: path,
  });
}
