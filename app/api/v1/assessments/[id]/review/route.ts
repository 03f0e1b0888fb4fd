import { withActor } from "@/lib/http/api.ts";
import { getReview } from "@/lib/db/review.ts";
import { toReviewJson } from "@/lib/review/json.ts";

type Ctx = { params: Promise<{ id: string }> };

/** The inspector's review of one assessment (404 for anyone else). */
export const GET = withActor(async (actor, _request, { params }: Ctx) => toReviewJson(await getReview(actor, (await params).id)));
