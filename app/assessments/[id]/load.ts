import "server-only";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session.ts";
import { can } from "@/lib/auth/permissions.ts";
import { getAssessment } from "@/lib/db/assessments.ts";
import { checklistForVersion } from "@/lib/db/checklist.ts";
import { NotFoundError } from "@/lib/db/errors.ts";

/** Every assessment page starts here: who is asking, the assessment they may see (or 404), its checklist. */
export async function loadAssessment(id: string) {
  const actor = await requireActor();
  try {
    const assessment = await getAssessment(actor, id);
    const checklist = await checklistForVersion(assessment.checklistVersionId);
    const values = assessment.values;
    const editable = can(actor, "assessment:answer", assessment);
    return { actor, assessment, checklist, values, editable };
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}

export function loadSection(checklist: Awaited<ReturnType<typeof loadAssessment>>["checklist"], code: string) {
  const section = checklist.sectionByCode.get(code);
  if (!section) notFound();
  return section;
}
