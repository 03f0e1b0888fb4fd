import "server-only";
import { notFound, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/db/errors.ts";
import { FIELD_IDS, type EvidenceFormState, type EvidenceIntent } from "./state.ts";

// The evidence forms' one server action, whatever the evidence supports (an answer or an action):
// upload, add a link or remove, so the page has one error summary. Works with JavaScript off.

const INTENTS: readonly EvidenceIntent[] = ["upload", "link", "remove"];

export const formText = (formData: FormData, name: string) => {
  const v = formData.get(name);
  return typeof v === "string" ? v : "";
};

function errorsFor(intent: EvidenceIntent, fieldErrors: Record<string, string>): Record<string, string> {
  const ids: Record<string, string> = intent === "remove" ? {} : FIELD_IDS[intent];
  const out: Record<string, string> = {};
  // Envelope errors (a malformed id or code) have no field of their own: they go to the form.
  for (const [k, v] of Object.entries(fieldErrors)) out[ids[k] ?? "_form"] ??= v;
  return out;
}

export type EvidenceTarget = {
  upload: (marking: string, file: { name: string; bytes: Uint8Array }) => Promise<unknown>;
  link: (fields: { marking: string; url: string; title: string }) => Promise<unknown>;
  remove: (evidenceId: string) => Promise<unknown>;
  /** The page to show afterwards, given what succeeded. */
  back: (intent: EvidenceIntent) => string;
  /** Pages that show this evidence. */
  revalidate: string;
};

export async function runEvidenceForm(formData: FormData, t: EvidenceTarget): Promise<EvidenceFormState> {
  const intent = INTENTS.find((i) => i === formData.get("intent")) ?? "upload";
  const marking = formText(formData, "marking");
  const values: Record<string, string> = { url: formText(formData, "url"), title: formText(formData, "title"), marking };
  try {
    if (intent === "upload") {
      const file = formData.get("file");
      await t.upload(marking, file instanceof File ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : { name: "", bytes: new Uint8Array(0) });
    } else if (intent === "link") {
      await t.link({ marking, url: values.url!, title: values.title! });
    } else {
      await t.remove(formText(formData, "evidenceId"));
    }
  } catch (e) {
    if (e instanceof ValidationError) return { form: intent, fieldErrors: errorsFor(intent, e.fieldErrors), values };
    if (e instanceof ForbiddenError) return { form: intent, fieldErrors: { _form: e.message }, values };
    // Removing something already removed (twice, or by a colleague) has the outcome asked for.
    if (e instanceof NotFoundError && intent !== "remove") notFound();
    if (!(e instanceof NotFoundError)) throw e;
  }
  revalidatePath(t.revalidate, "layout");
  redirect(t.back(intent));
}
