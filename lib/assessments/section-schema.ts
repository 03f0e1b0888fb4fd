import { z } from "zod";

// "Have you completed this section?" on the check answers page.
export const sectionCompletionSchema = z.object({
  assessmentId: z.string().min(1).max(64),
  sectionCode: z.string().regex(/^[A-Z]$/, "Unknown section"),
  completed: z.enum(["yes", "no"], "Select yes if you have completed this section"),
});
