import { z } from "zod";
import { ROLES, roleNeedsForce } from "@/lib/auth/roles.ts";

// The "Add a user" form: one schema, used by the browser form and re-checked by the server.
export const newUserSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, "Enter the user's full name")
      .max(120, "Full name must be 120 characters or fewer"),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .min(1, "Enter an email address")
      .max(254, "Email address must be 254 characters or fewer")
      .pipe(z.email("Enter an email address in the correct format, like name@force.police.uk")),
    role: z.enum(ROLES, "Select the user's role"),
    forceSlug: z.string().trim().max(100).optional().default(""),
  })
  .superRefine((v, ctx) => {
    if (roleNeedsForce(v.role) && !v.forceSlug) {
      ctx.addIssue({ code: "custom", path: ["forceSlug"], message: "Select the user's force" });
    }
    if (!roleNeedsForce(v.role) && v.forceSlug) {
      ctx.addIssue({
        code: "custom",
        path: ["forceSlug"],
        message: "Inspectors and administrators do not belong to a force: choose no force",
      });
    }
  });

export type NewUserInput = z.input<typeof newUserSchema>;
export type NewUser = z.output<typeof newUserSchema>;
