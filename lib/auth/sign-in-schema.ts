import { z } from "zod";

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Enter your email address")
    .max(254, "Email address must be 254 characters or fewer")
    .pipe(z.email("Enter an email address in the correct format, like name@force.police.uk")),
  password: z.string().min(1, "Enter your password").max(128, "Password must be 128 characters or fewer"),
});
export type SignInInput = z.input<typeof signInSchema>;
