import { withActor } from "@/lib/http/api.ts";
import { readJsonBody } from "@/lib/http/body.ts";
import { returnAssessment } from "@/lib/db/review-decisions.ts";

type Ctx = { params: Promise<{ id: string }> };

/** Return the assessment to the force with its open queries: {"version": 7} (the assessment's version as read). */
export const POST = withActor(async (actor, request, { params }: Ctx) => {
  const body = await readJsonBody(request);
  return returnAssessment(actor, { assessmentId: (await params).id, expectedVersion: body.version });
});
