import { withActor } from "@/lib/http/api.ts";
import { listForces } from "@/lib/db/forces.ts";

export const GET = withActor(async (actor) => ({ forces: await listForces(actor) }));
