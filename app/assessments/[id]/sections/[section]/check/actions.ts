"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session.ts";
import { setSectionCompleted } from "@/lib/db/sections.ts";
import { ForbiddenError, ValidationError } from "@/lib/db/errors.ts";
import { valuesOf, type FormState } from "@/lib/forms/state.ts";

export async function completeSectionAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const values = valuesOf(formData, ["assessmentId", "sectionCode", "completed"]);
  try {
    await setSectionCompleted(actor, values);
  } catch (e) {
    if (e instanceof ValidationError || e instanceof ForbiddenError) {
      return { fieldErrors: e instanceof ValidationError ? e.fieldErrors : { completed: e.message }, values };
    }
    throw e;
  }
  revalidatePath(`/assessments/${values.assessmentId}`);
  redirect(`/assessments/${values.assessmentId}`);
}
