import "server-only";
import { NextResponse } from "next/server";
import { actorFromRequest } from "@/lib/auth/session.ts";
import type { Actor } from "@/lib/auth/roles.ts";
import { ConflictError, isDataError, ValidationError } from "@/lib/db/errors.ts";

// JSON API handlers: the same session cookie as the pages, the same data layer, errors as status codes.

/** Returns the JSON body (sent as 200), or a NextResponse of its own (e.g. 201 Created). */
type Handler<C> = (actor: Actor, request: Request, context: C) => Promise<unknown>;

export function jsonError(status: number, error: string, extra: Record<string, unknown> = {}): NextResponse {
  return NextResponse.json({ error, ...extra }, { status, headers: { "Cache-Control": "no-store" } });
}

export function withActor<C>(handler: Handler<C>) {
  return async (request: Request, context: C): Promise<NextResponse> => {
    const actor = await actorFromRequest(request);
    if (!actor) return jsonError(401, "Sign in to use the API");
    try {
      const body = await handler(actor, request, context);
      if (body instanceof NextResponse) return body;
      return NextResponse.json(body, { headers: { "Cache-Control": "no-store" } });
    } catch (e) {
      if (e instanceof ValidationError) return jsonError(422, e.message, { fieldErrors: e.fieldErrors });
      if (e instanceof ConflictError) return jsonError(409, e.message, { current: e.current });
      if (isDataError(e)) return jsonError(e.status, e.status === 404 ? "Not found" : e.message);
      console.error(e);
      return jsonError(500, "Something went wrong");
    }
  };
}
