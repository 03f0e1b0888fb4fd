import type { FormState } from "@/lib/forms/state.ts";

// What the action forms' server actions return: field errors and what was typed (FormState), and,
// when someone else saved the action first, the action as it is now so the person can decide.

export type ActionConflict = {
  /** The version now saved: posting the form again with it applies the person's change on top. */
  version: number;
  /** The saved action in words. */
  rows: { key: string; value: string }[];
};

export type ActionFormState = FormState & { conflict?: ActionConflict };

export const initialActionFormState: ActionFormState = { fieldErrors: {}, values: {} };

/** The query parameter that says what just succeeded, for the confirmation banner. */
export const DONE_PARAM = "done";
export const DONE_MESSAGES = {
  created: "The action has been raised",
  edited: "Your changes have been saved",
  progress: "Your progress update has been added",
  completed: "The action has been marked as completed. A chief officer will check it and close it",
  closed: "The action has been closed",
  reopened: "The action has been reopened",
  evidence: "The evidence has been added",
  "evidence-removed": "The evidence has been removed",
} as const;
export type DoneKey = keyof typeof DONE_MESSAGES;
