import { z } from "zod";
import { checkDateParts, type DatePartsRules } from "@/lib/forms/date-parts.ts";
import { PRIORITIES } from "./filters.ts";
import { parseOwner } from "./owners.ts";

// One schema per action form, used by the browser form (react-hook-form), re-checked by the server
// action and again by the data layer. Messages say what to do, in the GOV.UK way. Forms that change
// an existing action carry its version as the person saw it (optimistic locking).

export const ACTION_TITLE_MAX = 150;
export const ACTION_DESCRIPTION_MAX = 5000;
export const ACTION_NOTE_MAX = 2000;
export const MAX_LINKED_QUESTIONS = 20;
/** Statuses a progress update may set; completing and closing have their own forms. */
export const UPDATE_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "BLOCKED"] as const;

const RELOAD = "Reload the page and try again";
// Control characters other than tab and newline: invisible, and a sign of pasted binary content.
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const HIDDEN = "contains hidden characters that are not allowed. Type it again instead of pasting it";
// Browsers send textarea line breaks as CRLF: count them as one character.
const clean = (s: string) => s.replace(/\r\n?/g, "\n").trim();

function text(label: string, max: number, missing?: string) {
  const base = z
    .string({ error: missing ?? `${label} must be text` })
    .overwrite(clean)
    .max(max, `${label} must be ${max.toLocaleString("en-GB")} characters or fewer`)
    .refine((s) => !CONTROL_CHARS.test(s), `${label} ${HIDDEN}`);
  return missing ? base.refine((s) => s.length > 0, missing) : base;
}

const id = z.string({ error: RELOAD }).min(1, RELOAD).max(64, RELOAD);
const versionFields = { actionId: id, expectedVersion: z.coerce.number({ error: RELOAD }).int(RELOAD).min(1, RELOAD) };
const QUESTION_CODE = /^[A-Z][0-9]{1,3}$/;

export const DUE_DATE_RULES: DatePartsRules = { field: "dueDate", label: "Due date", missing: "Enter the date the action is due", minYear: 2000, maxYear: 2100 };
const datePart = z.string({ error: "Due date must be a real date" }).max(10, "Due date must be a real date").optional().default("");

/** Checkboxes post several values, a text box one list separated by commas, the API an array. */
const questionCodes = z
  .union([z.string(), z.array(z.string())], { error: "Enter question codes like E4 or F1, separated by commas" })
  .optional()
  .transform((v) => [...new Set((v === undefined ? [] : Array.isArray(v) ? v : [v]).flatMap((s) => s.split(/[\s,]+/)).map((s) => s.trim().toUpperCase()).filter(Boolean))])
  .refine((codes) => codes.every((c) => QUESTION_CODE.test(c)), "Enter question codes like E4 or F1, separated by commas")
  .refine((codes) => codes.length <= MAX_LINKED_QUESTIONS, `Link ${MAX_LINKED_QUESTIONS} questions or fewer`);

const actionFields = {
  title: text("Title", ACTION_TITLE_MAX, "Enter a title for the action"),
  description: text("Description", ACTION_DESCRIPTION_MAX).optional().default(""),
  questionCodes,
  owner: z
    .string({ error: "Select who owns the action" })
    .optional()
    .default("")
    .refine((v) => parseOwner(v) !== null, "Select who owns the action from the list"),
  "dueDate-day": datePart,
  "dueDate-month": datePart,
  "dueDate-year": datePart,
  priority: z.enum(PRIORITIES, { error: "Select the priority of the action" }),
  // A ticked checkbox posts "yes"; unticked posts nothing. The API may send a boolean.
  evidenceRequired: z
    .union([z.boolean(), z.string()])
    .optional()
    .transform((v) => v === true || v === "yes" || v === "true" || v === "on"),
};

type DateFields = { "dueDate-day": string; "dueDate-month": string; "dueDate-year": string };
const partsOf = (v: DateFields) => ({ day: v["dueDate-day"], month: v["dueDate-month"], year: v["dueDate-year"] });

function checkDueDate(v: DateFields, ctx: z.RefinementCtx) {
  // Runs even when another field failed (see ALWAYS), so skip if a part is not text at all.
  if (!v || [v["dueDate-day"], v["dueDate-month"], v["dueDate-year"]].some((p) => typeof p !== "string")) return;
  const checked = checkDateParts(partsOf(v), DUE_DATE_RULES);
  if ("message" in checked) ctx.addIssue({ code: "custom", path: [checked.field], message: checked.message });
}

/** zod skips refinements once a field has failed; the error summary should list the date's problem too. */
const ALWAYS = { when: () => true };

/** Keeps the typed fields (so the browser form's resolver still fits) and adds the due day itself. */
function withDueDate<T extends DateFields>(v: T): T & { dueDate: string } {
  const checked = checkDateParts(partsOf(v), DUE_DATE_RULES);
  return { ...v, dueDate: "iso" in checked ? checked.iso : "" };
}

/** Raise an action. (Editing uses actionEditSchema: the same fields plus the action and its version.) */
export const actionFormSchema = z
  .object({ ...actionFields, expectedVersion: z.coerce.number({ error: RELOAD }).int(RELOAD).min(1, RELOAD).optional() })
  .superRefine(checkDueDate, ALWAYS)
  .transform(withDueDate);
export type ActionFormInput = z.input<typeof actionFormSchema>;
export type ActionFormValues = z.output<typeof actionFormSchema>;

export const actionEditSchema = z.object({ ...actionFields, ...versionFields }).superRefine(checkDueDate, ALWAYS).transform(withDueDate);
export type ActionEditInput = z.input<typeof actionEditSchema>;
export type ActionEditValues = z.output<typeof actionEditSchema>;

const suggestionTarget = {
  assessmentId: id,
  questionCode: z.string({ error: RELOAD }).regex(QUESTION_CODE, RELOAD),
};

/** Accept a suggested action, as offered or edited: the action form plus the suggestion it came from. */
export const acceptSuggestionSchema = z.object({ ...actionFields, ...suggestionTarget }).superRefine(checkDueDate, ALWAYS).transform(withDueDate);
export type AcceptSuggestionInput = z.input<typeof acceptSuggestionSchema>;
export type AcceptSuggestionValues = z.output<typeof acceptSuggestionSchema>;

export const actionUpdateSchema = z.object({
  ...versionFields,
  note: text("Progress update", ACTION_NOTE_MAX, "Enter what has happened since the last update"),
  // "" (no change) from a radio group or select left alone.
  status: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(UPDATE_STATUSES, { error: "Select the status of the action" }).optional()),
});
export type ActionUpdateInput = z.input<typeof actionUpdateSchema>;
export type ActionUpdateValues = z.output<typeof actionUpdateSchema>;

export const completeActionSchema = z.object({
  ...versionFields,
  completionNote: text("Completion note", ACTION_NOTE_MAX, "Enter a completion note that says what was done"),
});
export type CompleteActionInput = z.input<typeof completeActionSchema>;
export type CompleteActionValues = z.output<typeof completeActionSchema>;

export const closeActionSchema = z.object({ ...versionFields, note: text("Note", ACTION_NOTE_MAX).optional().default("") });
export type CloseActionInput = z.input<typeof closeActionSchema>;
export type CloseActionValues = z.output<typeof closeActionSchema>;

export const reopenActionSchema = z.object({ ...versionFields, reason: text("Reason", ACTION_NOTE_MAX, "Enter why the action needs more work") });
export type ReopenActionInput = z.input<typeof reopenActionSchema>;
export type ReopenActionValues = z.output<typeof reopenActionSchema>;

export const dismissSuggestionSchema = z.object({ ...suggestionTarget, reason: text("Reason", ACTION_NOTE_MAX, "Enter why no action is needed") });
export type DismissSuggestionInput = z.input<typeof dismissSuggestionSchema>;
export type DismissSuggestionValues = z.output<typeof dismissSuggestionSchema>;

/** Field names each form posts, for server actions to echo back what was typed. */
export const ACTION_FORM_FIELDS = ["title", "description", "questionCodes", "owner", "dueDate-day", "dueDate-month", "dueDate-year", "priority", "evidenceRequired"] as const;
export const ACTION_UPDATE_FIELDS = ["note", "status"] as const;

/**
 * The JSON API takes the due date as "YYYY-MM-DD"; the forms take three boxes. This turns the
 * former into the latter so both go through the same schema and messages.
 */
export function dueDateFromApi(body: Record<string, unknown>): Record<string, unknown> {
  if (!("dueDate" in body)) return body;
  const { dueDate, ...rest } = body;
  if (dueDate === "" || dueDate === null || dueDate === undefined) return { ...rest, "dueDate-day": "", "dueDate-month": "", "dueDate-year": "" };
  const m = typeof dueDate === "string" ? /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(dueDate) : null;
  // Anything else is reported as "not a real date".
  if (!m) return { ...rest, "dueDate-day": "?", "dueDate-month": "?", "dueDate-year": "?" };
  return { ...rest, "dueDate-day": m[3], "dueDate-month": m[2], "dueDate-year": m[1] };
}
