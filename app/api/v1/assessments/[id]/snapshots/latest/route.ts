import { withActor } from "@/lib/http/api.ts";
import { getLatestSnapshot } from "@/lib/db/workflow-views.ts";

// The latest immutable snapshot (submission or acceptance): its JSON, SHA-256, and whether the
// stored bytes still hash to it.
export const GET = withActor(async (actor, _request, { params }: { params: Promise<{ id: string }> }) => {
  const s = await getLatestSnapshot(actor, (await params).id);
  return { ...s, createdAt: s.createdAt.toISOString() };
});
