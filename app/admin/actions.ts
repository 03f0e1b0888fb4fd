"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session.ts";
import { createUser, setUserActive } from "@/lib/db/users.ts";
import { ValidationError } from "@/lib/db/errors.ts";
import { valuesOf, type FormState } from "@/lib/forms/state.ts";

export type NewUserDone = { email: string; name: string; temporaryPassword: string };

export async function addUserAction(_state: FormState<NewUserDone>, formData: FormData): Promise<FormState<NewUserDone>> {
  const actor = await requireActor(["ADMIN"]);
  const values = valuesOf(formData, ["name", "email", "role", "forceSlug"]);
  try {
    const { user, temporaryPassword } = await createUser(actor, values);
    revalidatePath("/admin");
    return { fieldErrors: {}, values: {}, done: { email: user.email, name: user.name, temporaryPassword } };
  } catch (e) {
    if (e instanceof ValidationError) return { fieldErrors: e.fieldErrors, values };
    throw e;
  }
}

export async function setActiveAction(formData: FormData): Promise<void> {
  const actor = await requireActor(["ADMIN"]);
  await setUserActive(actor, String(formData.get("userId") ?? ""), formData.get("active") === "true");
  revalidatePath("/admin");
}
