import "server-only";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session.ts";
import type { ActionDetail } from "@/lib/actions/types.ts";
import type { ActionAbilities } from "@/lib/actions/lifecycle.ts";
import { getAction } from "@/lib/db/actions.ts";
import { NotFoundError } from "@/lib/db/errors.ts";
import { TRACKER_ROLES } from "../load.ts";

/**
 * Every page of one action starts here: the action if this person may read it (else 404, never
 * saying whether it exists), and, for the form pages, only if they may do that to it now.
 */
export async function loadAction(id: string, ability?: keyof ActionAbilities) {
  const actor = await requireActor(TRACKER_ROLES);
  let action: ActionDetail;
  try {
    action = await getAction(actor, id);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
  if (ability && !(action.can as Partial<ActionAbilities>)[ability]) notFound();
  return { actor, action };
}

export type ActionPageProps = { params: Promise<{ id: string }> };
