"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session.ts";
import { startAssessment } from "@/lib/db/assessment-start.ts";
import { ConflictError } from "@/lib/db/errors.ts";

export async function startAssessmentAction(formData: FormData): Promise<void> {
  const actor = await requireActor(["PSD"]);
  try {
    const { id } = await startAssessment(actor, { cycleSlug: formData.get("cycleSlug") });
    redirect(`/assessments/${id}`);
  } catch (e) {
    // Someone in the force started it a moment ago: open theirs.
    const existing = e instanceof ConflictError ? (e.current as { id?: string } | undefined)?.id : undefined;
    if (existing) redirect(`/assessments/${existing}`);
    throw e;
  }
}
