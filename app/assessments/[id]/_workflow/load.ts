import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import type { Role } from "@/lib/auth/roles.ts";
import { requireActor } from "@/lib/auth/session.ts";
import { NotFoundError } from "@/lib/db/errors.ts";
import { getWorkflowView } from "@/lib/db/workflow-views.ts";

/** The readiness and sign-off pages: wrong role or outside scope is "Page not found". Cached per request. */
export const loadWorkflow = cache(async (id: string, roles: readonly Role[]) => {
  const actor = await requireActor(roles);
  try {
    return { actor, view: await getWorkflowView(actor, id) };
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
});

/** Paths built from an id that came from the request. */
export const assessmentPath = (id: string, rest = "") => `/assessments/${encodeURIComponent(id)}${rest}`;
