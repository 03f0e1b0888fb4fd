"use server";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session.ts";
import type { Actor } from "@/lib/auth/roles.ts";
import { ACTION_FORM_FIELDS, ACTION_UPDATE_FIELDS } from "@/lib/actions/schemas.ts";
import type { ActionDetail } from "@/lib/actions/types.ts";
import {
  acceptSuggestion,
  addActionUpdate,
  closeAction,
  completeAction,
  createAction,
  dismissSuggestion,
  reopenAction,
  updateAction,
} from "@/lib/db/action-changes.ts";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/db/errors.ts";
import { valuesOf } from "@/lib/forms/state.ts";
import { actionFieldRows } from "../_components/action-rows.ts";
import { DONE_PARAM, type ActionFormState, type DoneKey } from "./state.ts";

// Every action form posts here, with or without JavaScript. The data layer parses the input with
// the form's own zod schema again, authorises and saves; errors come back as state with what was
// typed, a conflict with the action as it is now. Success goes to the action with a banner.

const VERSIONED = ["actionId", "expectedVersion"] as const;

async function run(formData: FormData, fields: readonly string[], change: (actor: Actor, input: Record<string, string>) => Promise<ActionDetail>, done: DoneKey): Promise<ActionFormState> {
  const actor = await requireActor();
  const values = valuesOf(formData, fields);
  let saved: ActionDetail;
  try {
    saved = await change(actor, values);
  } catch (e) {
    if (e instanceof ValidationError) return { fieldErrors: e.fieldErrors, values };
    if (e instanceof ConflictError) {
      const current = e.current as ActionDetail | undefined;
      // Without the action (a suggestion someone else has just taken up) there is nothing to compare.
      if (!current) return { fieldErrors: { _form: e.message }, values };
      return { fieldErrors: {}, values, conflict: { version: current.version, rows: actionFieldRows(current) } };
    }
    if (e instanceof ForbiddenError) return { fieldErrors: { _form: e.message }, values };
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
  revalidatePath("/actions", "layout");
  revalidatePath("/chief");
  redirect(`/actions/${encodeURIComponent(saved.id)}?${DONE_PARAM}=${done}`);
}

export async function createActionAction(_s: ActionFormState, formData: FormData): Promise<ActionFormState> {
  return run(formData, ACTION_FORM_FIELDS, createAction, "created");
}

export async function editActionAction(_s: ActionFormState, formData: FormData): Promise<ActionFormState> {
  return run(formData, [...ACTION_FORM_FIELDS, ...VERSIONED], updateAction, "edited");
}

export async function acceptSuggestionAction(_s: ActionFormState, formData: FormData): Promise<ActionFormState> {
  return run(formData, [...ACTION_FORM_FIELDS, "assessmentId", "questionCode"], acceptSuggestion, "created");
}

export async function progressAction(_s: ActionFormState, formData: FormData): Promise<ActionFormState> {
  return run(formData, [...VERSIONED, ...ACTION_UPDATE_FIELDS], addActionUpdate, "progress");
}

export async function completeActionAction(_s: ActionFormState, formData: FormData): Promise<ActionFormState> {
  return run(formData, [...VERSIONED, "completionNote"], completeAction, "completed");
}

export async function closeActionAction(_s: ActionFormState, formData: FormData): Promise<ActionFormState> {
  return run(formData, [...VERSIONED, "note"], closeAction, "closed");
}

export async function reopenActionAction(_s: ActionFormState, formData: FormData): Promise<ActionFormState> {
  return run(formData, [...VERSIONED, "reason"], reopenAction, "reopened");
}

/** Only back to a page of the same assessment (never an open redirect). */
function backTo(returnTo: string, assessmentId: string): string {
  const prefix = `/assessments/${encodeURIComponent(assessmentId)}/`;
  const ok = returnTo.startsWith(prefix) && /^[A-Za-z0-9/_-]+$/.test(returnTo) && !returnTo.includes("//");
  return `${ok ? returnTo : prefix.slice(0, -1)}?suggestion=dismissed#suggested-action`;
}

/** "No action needed": the suggestion goes away for this assessment, with the reason on record. */
export async function dismissSuggestionAction(_s: ActionFormState, formData: FormData): Promise<ActionFormState> {
  const actor = await requireActor();
  const values = valuesOf(formData, ["assessmentId", "questionCode", "reason"]);
  try {
    await dismissSuggestion(actor, values);
  } catch (e) {
    if (e instanceof ValidationError) return { fieldErrors: e.fieldErrors, values };
    if (e instanceof ForbiddenError || e instanceof ConflictError) return { fieldErrors: { _form: e.message }, values };
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
  revalidatePath(`/assessments/${values.assessmentId}`, "layout");
  redirect(backTo(String(formData.get("returnTo") ?? ""), values.assessmentId ?? ""));
}
