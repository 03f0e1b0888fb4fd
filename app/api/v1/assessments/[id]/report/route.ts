import { withActor } from "@/lib/http/api.ts";
import { getReport } from "@/lib/db/reports.ts";
import { reportJson } from "@/lib/reports/json.ts";

// The force status report as data: every sentence with the question codes and answers it states.
export const GET = withActor(async (actor, _request, { params }: { params: Promise<{ id: string }> }) =>
  reportJson(await getReport(actor, (await params).id)),
);
