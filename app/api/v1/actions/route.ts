import { NextResponse } from "next/server";
import { withActor } from "@/lib/http/api.ts";
import { readJsonBody } from "@/lib/http/body.ts";
import { parseActionFilters } from "@/lib/actions/filters.ts";
import { dueDateFromApi } from "@/lib/actions/schemas.ts";
import { listActions } from "@/lib/db/actions.ts";
import { createAction } from "@/lib/db/action-changes.ts";

/** The tracker as JSON: the same filters, sort and pages as /actions (see lib/actions/filters.ts). */
export const GET = withActor(async (actor, request) => listActions(actor, parseActionFilters(new URL(request.url).searchParams)));

/** Raises an action for the signed-in user's force; the due date is "YYYY-MM-DD". */
export const POST = withActor(async (actor, request) => {
  const action = await createAction(actor, dueDateFromApi(await readJsonBody(request)));
  return NextResponse.json(action, { status: 201, headers: { Location: `/api/v1/actions/${action.id}`, ETag: `"${action.version}"`, "Cache-Control": "no-store" } });
});
