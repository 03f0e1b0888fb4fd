import { withActor } from "@/lib/http/api.ts";
import { getAssessment } from "@/lib/db/assessments.ts";
import { toAssessmentDetailJson } from "@/lib/assessments/json.ts";

export const GET = withActor(async (actor, _request, { params }: { params: Promise<{ id: string }> }) =>
  toAssessmentDetailJson(await getAssessment(actor, (await params).id)),
);
