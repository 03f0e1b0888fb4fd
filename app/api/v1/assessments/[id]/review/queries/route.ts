import { withActor } from "@/lib/http/api.ts";
import { readJsonBody } from "@/lib/http/body.ts";
import { decideAnswer } from "@/lib/db/review-decisions.ts";

type Ctx = { params: Promise<{ id: string }> };

/** Accept or query one answer: {"code": "C9", "decision": "query", "comment": "..."}. */
export const POST = withActor(async (actor, request, { params }: Ctx) => {
  const body = await readJsonBody(request);
  return decideAnswer(actor, { ...body, assessmentId: (await params).id });
});
