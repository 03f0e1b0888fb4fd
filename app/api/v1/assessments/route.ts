import { withActor } from "@/lib/http/api.ts";
import { listAssessments } from "@/lib/db/assessments.ts";
import { toAssessmentJson } from "@/lib/assessments/json.ts";

export const GET = withActor(async (actor) => ({ assessments: (await listAssessments(actor)).map(toAssessmentJson) }));
