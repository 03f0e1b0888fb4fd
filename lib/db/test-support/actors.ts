import type { Actor } from "@/lib/auth/roles.ts";
import { loadActor } from "../users.ts";
import { prisma } from "../client.ts";

/** The demo user with this email, as the Actor the data layer receives. */
export async function actorFor(email: string): Promise<Actor> {
  const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const actor = await loadActor(user.id);
  if (!actor) throw new Error(`${email} is not active`);
  return actor;
}

/** Several demo users at once, in the order given. */
export async function actorsFor<const E extends readonly string[]>(emails: E): Promise<{ [K in keyof E]: Actor }> {
  return (await Promise.all(emails.map(actorFor))) as { [K in keyof E]: Actor };
}
