import { z } from "zod";

// The envelope of a save: which answer, and the version the person last saw (0 = not answered yet).
// The value itself is checked against its question's schema once the question is known.
export const saveAnswerSchema = z.object({
  assessmentId: z.string().min(1).max(64),
  code: z.string().regex(/^[A-Z][0-9]{1,3}$/, "Unknown question code"),
  value: z.unknown(),
  expectedVersion: z
    .number({ error: "Send the answer's version, as a whole number (0 for a new answer)" })
    .int("Send the answer's version, as a whole number (0 for a new answer)")
    .min(0, "Send the answer's version, as a whole number (0 for a new answer)"),
});
export type SaveAnswerInput = z.input<typeof saveAnswerSchema>;
