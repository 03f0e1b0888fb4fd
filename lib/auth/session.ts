import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { loadActor } from "@/lib/db/users.ts";
import { auth } from "./auth.ts";
import type { Actor, Role } from "./roles.ts";

/** The signed-in actor for this request, or null. Cached for the request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  return loadActor(session.user.id);
});

/** Pages call this first: no session → sign-in page; wrong role → 404 (we do not say what exists). */
export async function requireActor(roles?: readonly Role[]): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  if (roles && !roles.includes(actor.role)) {
    const { notFound } = await import("next/navigation");
    notFound();
  }
  return actor;
}

/** API handlers: the same session cookie, read from the request. */
export async function actorFromRequest(request: Request): Promise<Actor | null> {
  const session = await auth.api.getSession({ headers: request.headers });
  if (!session) return null;
  return loadActor(session.user.id);
}
