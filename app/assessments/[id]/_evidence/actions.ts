"use server";
import { notFound, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session.ts";
import { addFileEvidence, addLinkEvidence, deleteEvidence } from "@/lib/db/evidence.ts";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/db/errors.ts";
import { DONE_PARAM, FIELD_IDS, type EvidenceFormState, type EvidenceIntent } from "./state.ts";

const INTENTS: readonly EvidenceIntent[] = ["upload", "link", "remove"];
const str = (formData: FormData, name: string) => {
  const v = formData.get(name);
  return typeof v === "string" ? v : "";
};

/** Back to the page the form was on, and only to a page of this assessment (never an open redirect). */
function backTo(returnTo: string, assessmentId: string, intent: EvidenceIntent): string {
  const prefix = `/assessments/${encodeURIComponent(assessmentId)}/`;
  const path = returnTo.startsWith(prefix) && /^[A-Za-z0-9/_-]+$/.test(returnTo) && !returnTo.includes("//") ? returnTo : prefix.slice(0, -1);
  // `fresh` restarts the question form from the saved answer (attaching may have just created it).
  return `${path}?fresh=${Date.now()}&${DONE_PARAM}=${intent}#evidence`;
}

function errorsFor(intent: EvidenceIntent, fieldErrors: Record<string, string>): Record<string, string> {
  const ids: Record<string, string> = intent === "remove" ? {} : FIELD_IDS[intent];
  const out: Record<string, string> = {};
  // Envelope errors (a malformed id or code) have no field of their own: they go to the form.
  for (const [k, v] of Object.entries(fieldErrors)) out[ids[k] ?? "_form"] ??= v;
  return out;
}

/** Upload, add a link or remove: one action, so the page has one error summary. Works with JavaScript off. */
export async function evidenceAction(_state: EvidenceFormState, formData: FormData): Promise<EvidenceFormState> {
  const actor = await requireActor();
  const intent = INTENTS.find((i) => i === formData.get("intent")) ?? "upload";
  const assessmentId = str(formData, "assessmentId");
  // It becomes part of paths below; the data layer would refuse anything else as unknown anyway.
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(assessmentId)) notFound();
  const target = { assessmentId, questionCode: str(formData, "questionCode"), marking: str(formData, "marking") };
  const values: Record<string, string> = { url: str(formData, "url"), title: str(formData, "title"), marking: target.marking };
  try {
    if (intent === "upload") {
      const file = formData.get("file");
      const upload = file instanceof File ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : { name: "", bytes: new Uint8Array(0) };
      await addFileEvidence(actor, target, upload);
    } else if (intent === "link") {
      await addLinkEvidence(actor, { ...target, url: values.url, title: values.title });
    } else {
      await deleteEvidence(actor, str(formData, "evidenceId"));
    }
  } catch (e) {
    if (e instanceof ValidationError) return { form: intent, fieldErrors: errorsFor(intent, e.fieldErrors), values };
    if (e instanceof ForbiddenError) return { form: intent, fieldErrors: { _form: e.message }, values };
    // Removing something already removed (twice, or by a colleague) has the outcome asked for.
    if (e instanceof NotFoundError && intent !== "remove") notFound();
    if (!(e instanceof NotFoundError)) throw e;
  }
  revalidatePath(`/assessments/${assessmentId}`, "layout");
  redirect(backTo(str(formData, "returnTo"), assessmentId, intent));
}
