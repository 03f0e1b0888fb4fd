import { withActor } from "@/lib/http/api.ts";
import { getNationalView } from "@/lib/db/national.ts";

// GET /api/v1/national?cycle=…&region=…: the national model as JSON (inspectors only; 404 for others).
export const GET = withActor(async (actor, request) => getNationalView(actor, new URL(request.url).searchParams));
