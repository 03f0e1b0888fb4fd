"use server";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session.ts";
import { returnToPsd, submitAssessment } from "@/lib/db/assessment-workflow.ts";
import { isDataError, NotFoundError, ValidationError } from "@/lib/db/errors.ts";
import { SUBMIT_FIELDS } from "@/lib/assessments/workflow-schemas.ts";
import { valuesOf, type FormState } from "@/lib/forms/state.ts";
import { assessmentPath } from "../_workflow/load.ts";

// Both forms re-check with the same zod schemas as the browser (inside the data layer) and hand
// field errors back with what was typed. Anything else (changed meanwhile, already submitted)
// sends the chief officer back to the page, which explains where the health check now stands.

type Outcome = { state: FormState } | { go: string };

async function run(formData: FormData, fields: readonly string[], act: (values: Record<string, string>) => Promise<unknown>, done: string): Promise<Outcome> {
  const values = valuesOf(formData, ["assessmentId", "expectedVersion", ...fields]);
  const here = (rest: string) => assessmentPath(values.assessmentId ?? "", rest);
  try {
    await act(values);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    // Only errors about this form's own fields are shown on it; a missing answer means the
    // health check changed under us.
    if (e instanceof ValidationError && Object.keys(e.fieldErrors).every((k) => k in values || k.startsWith("declarationDate"))) {
      return { state: { fieldErrors: e.fieldErrors, values } };
    }
    if (!isDataError(e)) throw e;
    return { go: here("/sign-off?changed=1") };
  }
  revalidatePath(here(""), "layout");
  return { go: here(done) };
}

export async function returnAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor(["CHIEF_OFFICER"]);
  const outcome = await run(formData, ["comment"], (values) => returnToPsd(actor, values), "/sign-off?returned=1");
  if ("go" in outcome) redirect(outcome.go);
  return outcome.state;
}

export async function submitAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor(["CHIEF_OFFICER"]);
  const outcome = await run(formData, SUBMIT_FIELDS, (values) => submitAssessment(actor, values), "/submitted");
  if ("go" in outcome) redirect(outcome.go);
  return outcome.state;
}
