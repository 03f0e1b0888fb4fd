import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session.ts";
import { NotFoundError } from "@/lib/db/errors.ts";
import { getReview } from "@/lib/db/review.ts";

/** Every review page: inspectors only (anyone else: "Page not found"), the review or 404. Cached per request. */
export const loadReview = cache(async (id: string) => {
  const actor = await requireActor(["INSPECTOR"]);
  try {
    return { actor, view: await getReview(actor, id) };
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
});

export const reviewPath = (id: string, rest = "") => `/assessments/${encodeURIComponent(id)}/review${rest}`;
