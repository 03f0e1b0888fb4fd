import { z } from "zod";

export const startAssessmentSchema = z.object({
  cycleSlug: z.string().trim().min(1, "Select an assessment cycle").max(100, "Select an assessment cycle"),
});
