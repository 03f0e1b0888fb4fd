"use server";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session.ts";
import { isDataError, NotFoundError, ValidationError } from "@/lib/db/errors.ts";
import { respondToQuery } from "@/lib/db/review-responses.ts";
import { valuesOf, type FormState } from "@/lib/forms/state.ts";

/** PSD's response to an inspector's query, from the question page. Works with JavaScript off. */
export async function respondAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor(["PSD"]);
  const values = valuesOf(formData, ["assessmentId", "queryId", "response", "back"]);
  const base = `/assessments/${encodeURIComponent(values.assessmentId ?? "")}`;
  // Only ever back to a page of this assessment.
  const back = values.back?.startsWith(`${base}/sections/`) && !values.back.includes("//") ? values.back : base;
  try {
    await respondToQuery(actor, values);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    if (e instanceof ValidationError && Object.keys(e.fieldErrors).every((k) => k === "response")) return { fieldErrors: e.fieldErrors, values };
    if (!isDataError(e)) throw e;
    // No longer returned, or the query was settled: the task list says where it stands.
    redirect(base);
  }
  revalidatePath(base, "layout");
  redirect(`${back}#query`);
}
