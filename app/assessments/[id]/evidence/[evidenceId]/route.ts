import { evidenceForDownload } from "@/lib/db/evidence.ts";
import { evidenceDownload } from "@/lib/evidence/download.ts";

type Context = { params: Promise<{ id: string; evidenceId: string }> };

/** Downloads an evidence file: only for people who may read its assessment; everyone else gets 404. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id, evidenceId } = await params;
  return evidenceDownload(request, evidenceId, async (actor) => {
    const file = await evidenceForDownload(actor, evidenceId);
    return file.assessmentId === id ? file : null;
  });
}
