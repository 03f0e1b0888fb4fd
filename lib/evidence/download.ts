import "server-only";
import { actorFromRequest } from "@/lib/auth/session.ts";
import type { Actor } from "@/lib/auth/roles.ts";
import { NotFoundError } from "@/lib/db/errors.ts";
import { openFile, storedSize } from "./storage.ts";

// How an evidence file leaves the service, whether it supports an answer or an action: as an
// attachment that can run and load nothing, never cached, and 404 for anything amiss.

const NO_STORE = "private, no-store";

export const notFoundResponse = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": NO_STORE } });

export const signInResponse = () => new Response(null, { status: 303, headers: { Location: "/sign-in", "Cache-Control": NO_STORE } });

/** RFC 6266: an ASCII fallback for old clients, and the exact name in UTF-8. */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

async function fileResponse(file: { key: string; fileName: string; mimeType: string }, evidenceId: string): Promise<Response> {
  const size = await storedSize(file.key);
  if (size === null) {
    console.error(`The file of evidence ${evidenceId} is missing from the upload directory`);
    return notFoundResponse();
  }
  return new Response(openFile(file.key), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(size),
      "Content-Disposition": contentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": NO_STORE,
      // Even if a browser ignored "attachment", the file could run nothing and load nothing.
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}

/**
 * A download route: who is asking, then the file if `load` finds one they may read. Not signed in:
 * the sign-in page; not found or not theirs (`load` throws NotFoundError): 404.
 */
export async function evidenceDownload(request: Request, evidenceId: string, load: (actor: Actor) => Promise<{ key: string; fileName: string; mimeType: string } | null>): Promise<Response> {
  const actor = await actorFromRequest(request);
  if (!actor) return signInResponse();
  try {
    const file = await load(actor);
    return file ? await fileResponse(file, evidenceId) : notFoundResponse();
  } catch (e) {
    if (e instanceof NotFoundError) return notFoundResponse();
    throw e;
  }
}
