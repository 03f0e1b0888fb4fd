import { withActor } from "@/lib/http/api.ts";
import { readJsonBody } from "@/lib/http/body.ts";
import { saveAnswer } from "@/lib/db/answers.ts";
import { ValidationError } from "@/lib/db/errors.ts";

type Ctx = { params: Promise<{ id: string; code: string }> };

/** The answer's version comes from If-Match (an ETag-style "3" or 3) or the body's "version". */
function versionFrom(request: Request, body: Record<string, unknown>): unknown {
  const ifMatch = request.headers.get("if-match");
  if (ifMatch !== null) {
    const n = Number(ifMatch.replace(/^W\//, "").replace(/"/g, "").trim());
    return Number.isInteger(n) ? n : ifMatch;
  }
  return body.version;
}

export const PUT = withActor(async (actor, request, { params }: Ctx) => {
  const { id, code } = await params;
  const body = await readJsonBody(request);
  if (!("value" in body)) throw new ValidationError({ value: "Send the answer as \"value\" (null to clear it)" });
  const saved = await saveAnswer(actor, { assessmentId: id, code, value: body.value, expectedVersion: versionFrom(request, body) });
  return saved
    ? { code, value: saved.value, version: saved.version, updatedAt: saved.updatedAt.toISOString() }
    : { code, value: null, version: 0, updatedAt: null };
});
