import { NextResponse } from "next/server";
import { signIn, signOut } from "@/lib/auth/sign-in.ts";
import { readJsonBody } from "@/lib/http/body.ts";
import { ValidationError } from "@/lib/db/errors.ts";
import { jsonError } from "@/lib/http/api.ts";

// JSON sign-in for API clients: the same checks and limits as the sign-in page; the session
// cookie it sets is the one the rest of the API reads.
export async function POST(request: Request) {
  let body: Record<string, unknown>;
  try {
    body = await readJsonBody(request);
  } catch (e) {
    if (e instanceof ValidationError) return jsonError(422, e.message, { fieldErrors: e.fieldErrors });
    throw e;
  }
  const result = await signIn({ email: body.email, password: body.password });
  if (!result.ok) {
    const status = result.fieldErrors._form?.includes("too many") ? 429 : result.fieldErrors._form ? 401 : 422;
    return jsonError(status, result.fieldErrors._form ?? "Check the values you entered", { fieldErrors: result.fieldErrors });
  }
  const a = result.actor;
  return NextResponse.json({ user: { name: a.name, email: a.email, role: a.role, force: a.forceSlug } }, { headers: { "Cache-Control": "no-store" } });
}

export async function DELETE() {
  await signOut();
  return new NextResponse(null, { status: 204 });
}
