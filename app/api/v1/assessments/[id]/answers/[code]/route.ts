import { withActor } from "@/lib/http/api.ts";
import { readJsonBody } from "@/lib/http/body.ts";
import { versionFrom } from "@/lib/http/version.ts";
import { saveAnswer } from "@/lib/db/answers.ts";
import { ValidationError } from "@/lib/db/errors.ts";

type Ctx = { params: Promise<{ id: string; code: string }> };

export const PUT = withActor(async (actor, request, { params }: Ctx) => {
  const { id, code } = await params;
  const body = await readJsonBody(request);
  if (!("value" in body)) throw new ValidationError({ value: "Send the answer as \"value\" (null to clear it)" });
  const saved = await saveAnswer(actor, { assessmentId: id, code, value: body.value, expectedVersion: versionFrom(request, body) });
  return saved
    ? { code, value: saved.value, version: saved.version, updatedAt: saved.updatedAt.toISOString() }
    : { code, value: null, version: 0, updatedAt: null };
});
