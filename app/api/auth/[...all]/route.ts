import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth/auth.ts";

// Only the endpoints the service uses are exposed. Signing in goes through /sign-in or
// POST /api/v1/session, which apply our own per-account limit on failed attempts.
const handler = toNextJsHandler(auth);
const ALLOWED = new Set(["GET /api/auth/get-session", "POST /api/auth/sign-out"]);

function allowed(request: Request): boolean {
  return ALLOWED.has(`${request.method} ${new URL(request.url).pathname}`);
}

const notFound = () => Response.json({ error: "Not found" }, { status: 404 });

export async function GET(request: Request) {
  return allowed(request) ? handler.GET(request) : notFound();
}

export async function POST(request: Request) {
  return allowed(request) ? handler.POST(request) : notFound();
}
