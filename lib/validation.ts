import type { z } from "zod";
import { ValidationError, type FieldErrors } from "@/lib/db/errors.ts";

/** The first message per field, keyed by the field's dotted path (the form field's name). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}

/** zod parse at the edge of every mutation: bad input becomes a ValidationError with field messages. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(fieldErrorsOf(result.error));
  return result.data;
}
