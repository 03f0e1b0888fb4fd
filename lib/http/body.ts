import { ValidationError } from "@/lib/db/errors.ts";

const MAX_JSON_BYTES = 256 * 1024;

/** A JSON object body, or a clear 422: never a 500 for a malformed or oversized request. */
export async function readJsonBody(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (text.length > MAX_JSON_BYTES) throw new ValidationError({ _body: "The request body is too large" });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ValidationError({ _body: "Send a JSON object, like {\"value\": \"yes\", \"version\": 0}" });
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new ValidationError({ _body: "Send a JSON object, like {\"value\": \"yes\", \"version\": 0}" });
  }
  return parsed as Record<string, unknown>;
}
