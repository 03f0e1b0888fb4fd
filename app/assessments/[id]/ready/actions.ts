"use server";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session.ts";
import { markReady } from "@/lib/db/assessment-workflow.ts";
import { isDataError, NotFoundError } from "@/lib/db/errors.ts";
import { assessmentPath } from "../_workflow/load.ts";

/** A plain form post (no client code needed): works the same with JavaScript on or off. */
export async function markReadyAction(formData: FormData): Promise<void> {
  const actor = await requireActor(["PSD"]);
  const assessmentId = String(formData.get("assessmentId") ?? "");
  let sent = false;
  try {
    await markReady(actor, { assessmentId, expectedVersion: formData.get("expectedVersion") });
    sent = true;
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    // Changed meanwhile, an answer cleared, or already sent: the page shows where it now stands.
    if (!isDataError(e)) throw e;
  }
  revalidatePath(assessmentPath(assessmentId), "layout");
  redirect(sent ? assessmentPath(assessmentId, "?sent=1") : assessmentPath(assessmentId, "/ready?changed=1"));
}
