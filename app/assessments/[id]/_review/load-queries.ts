import "server-only";
import type { Actor } from "@/lib/auth/roles.ts";
import { isDataError } from "@/lib/db/errors.ts";
import { listQueriesForForce, type ForceQuery } from "@/lib/db/review-responses.ts";

/** The inspector's open queries for a force user's pages; none for anyone else (the page decides what is not found). */
export async function queriesForForce(actor: Actor, assessmentId: string): Promise<ForceQuery[]> {
  if (actor.role !== "PSD" && actor.role !== "CHIEF_OFFICER") return [];
  try {
    return await listQueriesForForce(actor, assessmentId);
  } catch (e) {
    if (isDataError(e)) return [];
    throw e;
  }
}

export const questionHref = (assessmentId: string, q: { sectionCode: string; code: string }, editable: boolean) =>
  `/assessments/${encodeURIComponent(assessmentId)}/sections/${q.sectionCode}/${editable ? `${q.code}#query` : "check"}`;
