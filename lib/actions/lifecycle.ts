import type { Actor } from "@/lib/auth/roles.ts";
import { can } from "@/lib/auth/permissions.ts";
import { OPEN_STATUSES, type ActionStatus } from "./rag.ts";

// What may happen to an action in each status. The permission table says who may write a force's
// actions and who may close them; this says when. Pages show buttons from the same answer the data
// layer enforces.
//
//   not started / in progress / blocked --complete (note, evidence if asked)--> completed
//   completed --close (chief officer verifies)--> closed
//   completed or closed --reopen (chief officer, reason)--> in progress

export type ActionAbilities = { edit: boolean; update: boolean; complete: boolean; close: boolean; reopen: boolean; addEvidence: boolean };

export const isOpen = (status: ActionStatus) => OPEN_STATUSES.includes(status);

export function actionAbilities(actor: Actor, action: { forceId: string; status: ActionStatus }): ActionAbilities {
  const write = can(actor, "action:write", action);
  const close = can(actor, "action:close", action);
  const open = isOpen(action.status);
  return {
    edit: write && open,
    // Notes may still be added while a chief officer checks a completed action.
    update: write && action.status !== "CLOSED",
    complete: write && open,
    close: close && action.status === "COMPLETED",
    reopen: close && (action.status === "COMPLETED" || action.status === "CLOSED"),
    addEvidence: write && action.status !== "CLOSED",
  };
}

/** Why an ability is missing, in words, for a ForbiddenError. */
export function refusal(actor: Actor, action: { forceId: string; status: ActionStatus }, ability: keyof ActionAbilities): string {
  if (ability === "close" || ability === "reopen") {
    if (!can(actor, "action:close", action)) return "Only a chief officer of the force can close or reopen actions";
    return ability === "close" ? "Only a completed action can be closed" : "Only a completed or closed action can be reopened";
  }
  if (!can(actor, "action:write", action)) return "Only professional standards staff and chief officers of the force can change its actions";
  if (action.status === "CLOSED") return "This action is closed. A chief officer can reopen it";
  return "This action is completed. A chief officer can reopen it if it needs more work";
}
