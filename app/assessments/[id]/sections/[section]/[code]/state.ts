import type { FormValues } from "@/lib/checklist/answer-form.ts";

// What the question page's actions return to the form.

export type Conflict = { mine: string; theirs: string; version: number; by: string | null; at: string | null };

export type QuestionFormState = {
  fieldErrors: Record<string, string>;
  values: FormValues;
  conflict?: Conflict;
};

export type AutosaveResult =
  | { status: "saved"; version: number; savedAt: string }
  | { status: "invalid" }
  | { status: "conflict"; conflict: Conflict }
  | { status: "locked"; message: string };
