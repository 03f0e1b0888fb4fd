import { z } from "zod";
import { POLICY_STATUSES, type FollowUp, type PolicyStatus, type QuestionDefinition } from "./types";

// One schema per answer type for the value as stored. Messages follow the GOV.UK error message
// pattern: say what went wrong and how to fix it, in the user's terms.

export const DEFAULT_MAX = 1_000_000;
export const DATE_MIN = "1990-01-01";
export const DATE_MAX = "2100-12-31";
export const TEXT_MAX = 5_000;
export const NOTE_MAX = 1_000;

export type YesNoValue = "yes" | "no";
export type YesNoPartlyValue = "yes" | "no" | "partly";
export type WholeNumberValue = { total: number; parts?: Record<string, number> };
export type EvidenceValue = { note: string };
export type AnswerValue =
  | YesNoValue
  | YesNoPartlyValue
  | PolicyStatus
  | WholeNumberValue
  | string // date (YYYY-MM-DD), single choice or text
  | string[] // multiple choice
  | EvidenceValue;

export const yesNoSchema = z.enum(["yes", "no"], { error: "Select yes or no" });
export const yesNoPartlySchema = z.enum(["yes", "no", "partly"], { error: "Select yes, no or partly" });
export const policyStatusSchema = z.enum(POLICY_STATUSES, { error: "Select the status of the policy" });

// Control characters other than tab and newline (C0, DEL and C1): they are invisible, break
// exports and are a common sign of pasted binary content.
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const CONTROL_MESSAGE =
  "Your answer contains hidden characters that are not allowed. Type the answer again instead of pasting it";

/** Browsers send textarea line breaks as CRLF, so normalise them before checking. */
function cleanText(value: string): string {
  return value.replace(/\r\n?/g, "\n").trim();
}

export const textSchema = z
  .string({ error: "Enter your answer as text" })
  .overwrite(cleanText)
  .min(1, "Enter your answer")
  .max(TEXT_MAX, `Your answer must be ${TEXT_MAX.toLocaleString("en-GB")} characters or fewer`)
  .refine((s) => !CONTROL_CHARS.test(s), CONTROL_MESSAGE);

export const evidenceSchema = z.strictObject(
  {
    note: z
      .string({ error: "Enter the note as text" })
      .overwrite(cleanText)
      .max(NOTE_MAX, `The note must be ${NOTE_MAX.toLocaleString("en-GB")} characters or fewer`)
      .refine((s) => !CONTROL_CHARS.test(s), CONTROL_MESSAGE),
  },
  { error: "Add a note about the evidence, or leave the note blank" },
);

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split("-").map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const dateSchema = z
  .string({ error: "Enter a date, like 24 8 2012" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Enter a real date, like 24 8 2012", abort: true })
  .refine(isRealDate, { error: "Enter a real date, like 24 8 2012", abort: true })
  .refine((s) => s >= DATE_MIN && s <= DATE_MAX, "Enter a date between 1 1 1990 and 31 12 2100");

function countSchema(max: number) {
  return z
    .number({ error: "Enter a whole number, like 35" })
    .int({ error: "Enter a whole number, like 35" })
    .min(0, "Enter a number that is 0 or more")
    .max(max, `Enter a number that is ${max.toLocaleString("en-GB")} or less`);
}

export function wholeNumberSchema(q: Pick<QuestionDefinition, "max" | "ofWhich">) {
  const max = q.max ?? DEFAULT_MAX;
  const parts = q.ofWhich ?? [];
  const allowed = parts.map((p) => p.key).join(", ");
  const partsSchema = z.strictObject(
    Object.fromEntries(parts.map((p) => [p.key, countSchema(max).optional()])),
    {
      error: (iss) =>
        iss.code === "unrecognized_keys"
          ? `Only these breakdowns can be given: ${allowed}`
          : "Enter the breakdown as numbers",
    },
  );
  const shape = parts.length > 0 ? { total: countSchema(max), parts: partsSchema.optional() } : { total: countSchema(max) };
  return z
    .strictObject(shape, {
      error: (iss) =>
        iss.code === "unrecognized_keys" ? "This question does not take a breakdown" : "Enter a whole number, like 35",
    })
    .superRefine((value, ctx) => {
      // Runs even when a field failed, so only compare numbers that are really there.
      const v = value as { total: unknown; parts?: Record<string, unknown> };
      if (typeof v.total !== "number") return;
      for (const p of parts) {
        const n = v.parts?.[p.key];
        if (typeof n === "number" && n > v.total) {
          ctx.addIssue({
            code: "custom",
            path: ["parts", p.key],
            message: `The number ${p.label} cannot be more than the total`,
          });
        }
      }
    }) as z.ZodType<WholeNumberValue>;
}

export function choiceSchema(q: Pick<QuestionDefinition, "options" | "multiple">): z.ZodType<string | string[]> {
  const values = (q.options ?? []).map((o) => o.value);
  const one = z.string({ error: "Select an option" }).refine((v) => values.includes(v), "Select one of the options");
  if (!q.multiple) return one;
  return z
    .array(one, { error: "Select at least one option" })
    .min(1, "Select at least one option")
    .refine((list) => new Set(list).size === list.length, "Select each option only once");
}

/** The schema for the stored value of one question. */
export function answerValueSchema(q: QuestionDefinition): z.ZodType<AnswerValue> {
  switch (q.type) {
    case "yes_no":
      return yesNoSchema;
    case "yes_no_partly":
      return yesNoPartlySchema;
    case "policy_status":
      return policyStatusSchema;
    case "whole_number":
      return wholeNumberSchema(q);
    case "date":
      return dateSchema;
    case "choice":
      return choiceSchema(q);
    case "text":
      return textSchema;
    case "evidence":
      return evidenceSchema;
  }
}

/** Whether `followUp` of `parent` should be shown for the parent's current answer. */
export function isFollowUpShown(parent: QuestionDefinition, parentValue: unknown, followUp: FollowUp): boolean {
  const when = followUp.when;
  if ("greaterThan" in when) {
    if (parent.type !== "whole_number" || typeof parentValue !== "object" || parentValue === null) return false;
    const total = (parentValue as { total?: unknown }).total;
    return typeof total === "number" && Number.isFinite(total) && total > when.greaterThan;
  }
  if (typeof parentValue === "string") return when.equals.includes(parentValue);
  // Multiple choice: shown when any selected option matches.
  if (Array.isArray(parentValue)) return parentValue.some((v) => typeof v === "string" && when.equals.includes(v));
  return false;
}
