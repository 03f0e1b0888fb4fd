import "server-only";
import { headers } from "next/headers";
import { APIError } from "better-auth/api";
import { clearFailures, isLimited, recordFailure, type LimitRule } from "@/lib/db/rate-limit.ts";
import { loadActor } from "@/lib/db/users.ts";
import { fieldErrorsOf } from "@/lib/validation.ts";
import { auth } from "./auth.ts";
import { signInSchema } from "./sign-in-schema.ts";
import type { Actor } from "./roles.ts";

export const EMAIL_RULE: LimitRule = { windowSeconds: 15 * 60, max: 5 };
export const IP_RULE: LimitRule = { windowSeconds: 15 * 60, max: 30 };

export type SignInResult =
  | { ok: true; actor: Actor }
  | { ok: false; fieldErrors: Record<string, string>; email: string };

const WRONG = "Enter a correct email address and password";
const LOCKED = "There have been too many attempts to sign in. Wait 15 minutes, then try again";

// Only a proxy we run may tell us the client's address; otherwise every user would share one counter.
async function clientIp(): Promise<string | null> {
  if (process.env.TRUST_PROXY !== "1") return null;
  const forwarded = (await headers()).get("x-forwarded-for");
  return forwarded?.split(",")[0]?.trim() || null;
}

export async function signIn(input: { email: unknown; password: unknown }): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  const email = typeof input.email === "string" ? input.email.slice(0, 254) : "";
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), email };

  const ip = await clientIp();
  const keys = [`signin-email:${parsed.data.email}`, ...(ip ? [`signin-ip:${ip}`] : [])];
  const rules = [EMAIL_RULE, IP_RULE];
  for (const [i, key] of keys.entries()) {
    if (await isLimited(key, rules[i]!)) return { ok: false, fieldErrors: { _form: LOCKED }, email };
  }
  try {
    const result = await auth.api.signInEmail({ body: parsed.data, headers: await headers() });
    const actor = await loadActor(result.user.id);
    if (!actor) return { ok: false, fieldErrors: { _form: WRONG }, email };
    await clearFailures(keys[0]!);
    return { ok: true, actor };
  } catch (e) {
    if (!(e instanceof APIError)) throw e;
    for (const [i, key] of keys.entries()) await recordFailure(key, rules[i]!);
    const message = e.status === "FORBIDDEN" ? "This account has been deactivated. Ask your administrator" : WRONG;
    return { ok: false, fieldErrors: { _form: message }, email };
  }
}

export async function signOut(): Promise<void> {
  await auth.api.signOut({ headers: await headers() });
}
