import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session.ts";
import { HOME_BY_ROLE } from "@/lib/auth/roles.ts";

export default async function Home() {
  const actor = await getActor();
  redirect(actor ? HOME_BY_ROLE[actor.role] : "/sign-in");
}
