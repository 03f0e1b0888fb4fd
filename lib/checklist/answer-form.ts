import { answerValueSchema, type AnswerValue } from "./answer-values";
import type { QuestionDefinition } from "./types";

// From a question page's form fields to a typed answer, and back. Field names start with the
// question code so several questions can share a page: C9 (the answer or the total), C9-ongoing
// (an "of which" part), D2-day / D2-month / D2-year (a date). The typed value is then checked by
// the question's zod schema (answer-values.ts), the same one the server and the API use.

export type FormValues = Record<string, string | string[] | undefined>;
export type ParsedAnswer = { ok: true; value: AnswerValue | null } | { ok: false; errors: Record<string, string> };

const first = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? "") : (v ?? "")).trim();
const all = (v: string | string[] | undefined): string[] => (Array.isArray(v) ? v : v ? [v] : []).filter((s) => s !== "");

const EMPTY_MESSAGES: Record<QuestionDefinition["type"], string> = {
  yes_no: "Select yes or no",
  yes_no_partly: "Select yes, no or partly",
  policy_status: "Select the status of the policy",
  whole_number: "Enter a whole number, like 35",
  date: "Enter a date, like 24 8 2012",
  choice: "Select an option",
  text: "Enter your answer",
  evidence: "Add a note about the evidence",
};

export function emptyMessage(q: QuestionDefinition): string {
  if (q.type === "whole_number" && q.unit && q.unit !== "%") return `Enter the number of ${q.unit}, like 35`;
  if (q.type === "choice" && q.multiple) return "Select at least one option";
  return EMPTY_MESSAGES[q.type];
}

/** A count typed by a person: "1,234" and " 35 " are fine; "3.5", "-2" and "ten" are not. */
function parseCount(raw: string, what: string): number | string {
  const s = raw.replace(/[,\s]/g, "");
  if (/^-\d+$/.test(s)) return `${what} must be 0 or more`;
  if (/^\d+\.\d+$/.test(s)) return `${what} must be a whole number, like 35`;
  if (!/^\d{1,9}$/.test(s)) return `${what} must be a number, like 35`;
  return Number(s);
}

function formToValue(q: QuestionDefinition, form: FormValues): { value: unknown; empty: boolean; errors: Record<string, string> } {
  const code = q.code;
  const errors: Record<string, string> = {};
  switch (q.type) {
    case "whole_number": {
      const rawTotal = first(form[code]);
      const parts: Record<string, number> = {};
      for (const p of q.ofWhich ?? []) {
        const raw = first(form[`${code}-${p.key}`]);
        if (!raw) continue;
        const n = parseCount(raw, `The number ${p.label}`);
        if (typeof n === "string") errors[`${code}-${p.key}`] = n;
        else parts[p.key] = n;
      }
      if (!rawTotal) return { value: undefined, empty: Object.keys(parts).length === 0 && Object.keys(errors).length === 0, errors };
      const total = parseCount(rawTotal, q.unit && q.unit !== "%" ? `The number of ${q.unit}` : "The number");
      if (typeof total === "string") errors[code] = total;
      const value = Object.keys(parts).length ? { total, parts } : { total };
      return { value, empty: false, errors };
    }
    case "date": {
      const [d, m, y] = ["day", "month", "year"].map((p) => first(form[`${code}-${p}`]));
      if (!d && !m && !y) return { value: undefined, empty: true, errors };
      const missing = [!d && "day", !m && "month", !y && "year"].filter(Boolean);
      if (missing.length) return { value: undefined, empty: false, errors: { [`${code}-${missing[0]}`]: `The date must include a ${missing.join(" and ")}` } };
      if (![d, m, y].every((p) => /^\d+$/.test(p!)) || y!.length !== 4) {
        return { value: undefined, empty: false, errors: { [`${code}-day`]: "Enter a real date, like 24 8 2012" } };
      }
      return { value: `${y}-${m!.padStart(2, "0")}-${d!.padStart(2, "0")}`, empty: false, errors };
    }
    case "choice":
      if (q.multiple) {
        const list = all(form[code]);
        return { value: list, empty: list.length === 0, errors };
      }
      return { value: first(form[code]), empty: first(form[code]) === "", errors };
    case "evidence": {
      const note = first(form[`${code}-note`] ?? form[code]);
      // Files are attached separately; an empty note on its own is not an answer.
      return { value: { note }, empty: note === "", errors };
    }
    case "text": {
      const raw = form[code];
      const text = Array.isArray(raw) ? (raw[0] ?? "") : (raw ?? "");
      return { value: text, empty: text.trim() === "", errors };
    }
    default:
      return { value: first(form[code]), empty: first(form[code]) === "", errors };
  }
}

/** The form field an error on a value path belongs to, so the error summary links to it. */
function fieldFor(q: QuestionDefinition, path: PropertyKey[]): string {
  if (q.type === "whole_number" && path[0] === "parts" && typeof path[1] === "string") return `${q.code}-${path[1]}`;
  if (q.type === "date") return `${q.code}-day`;
  if (q.type === "evidence") return `${q.code}-note`;
  return q.code;
}

/**
 * `required` is true when the person asked to continue: then an empty required answer is an
 * error. Otherwise an empty field simply saves nothing (value null means "clear the answer").
 */
export function parseAnswerForm(q: QuestionDefinition, form: FormValues, opts: { required: boolean }): ParsedAnswer {
  const { value, empty, errors } = formToValue(q, form);
  if (Object.keys(errors).length) return { ok: false, errors };
  if (empty) {
    return opts.required && q.required ? { ok: false, errors: { [fieldFor(q, [])]: emptyMessage(q) } } : { ok: true, value: null };
  }
  const result = answerValueSchema(q).safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const out: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = fieldFor(q, issue.path);
    out[field] ??= issue.message;
  }
  return { ok: false, errors: out };
}

/** The form fields that show a stored answer again (the inverse of parseAnswerForm). */
export function valueToForm(q: QuestionDefinition, value: unknown): FormValues {
  if (value === undefined || value === null) return {};
  switch (q.type) {
    case "whole_number": {
      const v = value as { total: number; parts?: Record<string, number> };
      const out: FormValues = { [q.code]: String(v.total) };
      for (const [k, n] of Object.entries(v.parts ?? {})) out[`${q.code}-${k}`] = String(n);
      return out;
    }
    case "date": {
      const [y, m, d] = String(value).split("-");
      return { [`${q.code}-day`]: String(Number(d)), [`${q.code}-month`]: String(Number(m)), [`${q.code}-year`]: y };
    }
    case "evidence":
      return { [`${q.code}-note`]: (value as { note?: string }).note ?? "" };
    case "choice":
      return { [q.code]: Array.isArray(value) ? value.map(String) : String(value) };
    default:
      return { [q.code]: String(value) };
  }
}
