import { withActor } from "@/lib/http/api.ts";
import { readJsonBody } from "@/lib/http/body.ts";
import { versionFrom } from "@/lib/http/version.ts";
import { planPatch } from "@/lib/actions/api-patch.ts";
import { getAction } from "@/lib/db/actions.ts";
import { addActionUpdate, closeAction, completeAction, reopenAction, updateAction } from "@/lib/db/action-changes.ts";

type Ctx = { params: Promise<{ id: string }> };

const CALLS = { update: updateAction, progress: addActionUpdate, complete: completeAction, close: closeAction, reopen: reopenAction };

export const GET = withActor(async (actor, _request, { params }: Ctx) => getAction(actor, (await params).id));

/** One change per request, with the version the client saw (If-Match or "version"); see lib/actions/api-patch.ts. */
export const PATCH = withActor(async (actor, request, { params }: Ctx) => {
  const body = await readJsonBody(request);
  const current = await getAction(actor, (await params).id);
  const plan = planPatch(body, current, versionFrom(request, body));
  return CALLS[plan.call](actor, plan.input);
});
