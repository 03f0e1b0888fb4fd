import { actorFromRequest } from "@/lib/auth/session.ts";
import { evidenceForDownload } from "@/lib/db/evidence.ts";
import { NotFoundError } from "@/lib/db/errors.ts";
import { openFile, storedSize } from "@/lib/evidence/storage.ts";

type Context = { params: Promise<{ id: string; evidenceId: string }> };

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** RFC 6266: an ASCII fallback for old clients, and the exact name in UTF-8. */
function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Downloads an evidence file: only for people who may read its assessment; everyone else gets 404. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id, evidenceId } = await params;
  const actor = await actorFromRequest(request);
  if (!actor) return new Response(null, { status: 303, headers: { Location: "/sign-in", "Cache-Control": "no-store" } });
  try {
    const file = await evidenceForDownload(actor, evidenceId);
    if (file.assessmentId !== id) return notFound();
    const size = await storedSize(file.key);
    if (size === null) {
      console.error(`The file of evidence ${evidenceId} is missing from the upload directory`);
      return notFound();
    }
    return new Response(openFile(file.key), {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Length": String(size),
        "Content-Disposition": contentDisposition(file.fileName),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
        // Even if a browser ignored "attachment", the file could run nothing and load nothing.
        "Content-Security-Policy": "default-src 'none'; sandbox",
      },
    });
  } catch (e) {
    if (e instanceof NotFoundError) return notFound();
    throw e;
  }
}
