"use server";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/sign-in.ts";
import { HOME_BY_ROLE } from "@/lib/auth/roles.ts";
import type { FormState } from "@/lib/forms/state.ts";

export async function signInAction(_state: FormState, formData: FormData): Promise<FormState> {
  const result = await signIn({ email: formData.get("email"), password: formData.get("password") });
  if (!result.ok) return { fieldErrors: result.fieldErrors, values: { email: result.email } };
  redirect(HOME_BY_ROLE[result.actor.role]);
}
