import { withActor } from "@/lib/http/api.ts";
import { readJsonBody } from "@/lib/http/body.ts";
import { acceptAssessment } from "@/lib/db/review-decisions.ts";

type Ctx = { params: Promise<{ id: string }> };

/**
 * Accept with a judgement: {"version": 7, "judgement": "SOME_PROGRESS", "sectionJudgements": {"C": "GOOD_PROGRESS"},
 * "summary": "...", "inspectorName": "...", "inspectorRegion": "Eastern"}.
 */
export const POST = withActor(async (actor, request, { params }: Ctx) => {
  const { version, ...body } = await readJsonBody(request);
  return acceptAssessment(actor, { ...body, assessmentId: (await params).id, expectedVersion: version });
});
