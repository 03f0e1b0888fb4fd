import { actionEvidenceForDownload } from "@/lib/db/action-evidence.ts";
import { evidenceDownload } from "@/lib/evidence/download.ts";

type Context = { params: Promise<{ id: string; evidenceId: string }> };

/** Downloads a file of an action's evidence: only for people who may read the action; else 404. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id, evidenceId } = await params;
  return evidenceDownload(request, evidenceId, (actor) => actionEvidenceForDownload(actor, id, evidenceId));
}
