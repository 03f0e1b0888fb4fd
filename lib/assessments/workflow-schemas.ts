import { z } from "zod";

// The sign-off forms: one schema each, used by the browser form (react-hook-form) and re-checked
// by the server action and the data layer. Every form carries the assessment's version as the
// person saw it, so a status change is a compare-and-set on that version.

const RELOAD = "Reload the page and try again";

const idFields = {
  assessmentId: z.string({ error: RELOAD }).min(1, RELOAD).max(64, RELOAD),
  // Hidden fields arrive as text; the data layer may also be called with a number.
  expectedVersion: z.coerce.number({ error: RELOAD }).int(RELOAD).min(1, RELOAD),
};

export const markReadySchema = z.object(idFields);
export type MarkReadyInput = z.input<typeof markReadySchema>;

export const COMMENT_MAX = 2000;

export const returnToPsdSchema = z.object({
  ...idFields,
  comment: z
    .string({ error: "Enter a comment explaining what needs to change" })
    // Browsers send textarea line breaks as CRLF: count them as one character.
    .overwrite((s) => s.replace(/\r\n?/g, "\n").trim())
    .min(1, "Enter a comment explaining what needs to change")
    .max(COMMENT_MAX, `Comment must be ${COMMENT_MAX.toLocaleString("en-GB")} characters or fewer`),
});
export type ReturnToPsdInput = z.input<typeof returnToPsdSchema>;

export const DECLARATION_MAX = 120;
export const DATE_FIELD = "declarationDate";
const DATE_LABEL = "Date of the declaration";
export type DateParts = { day: string; month: string; year: string };

/** Today's date in the UK, as the day, month and year a person would type. */
export function todayInUk(now = new Date()): DateParts {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", day: "numeric", month: "numeric", year: "numeric" }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return { day: get("day"), month: get("month"), year: get("year") };
}

const isoOf = (p: DateParts) => `${p.year.padStart(4, "0")}-${p.month.padStart(2, "0")}-${p.day.padStart(2, "0")}`;

/**
 * The GOV.UK date input checks, most important first. Returns the field to link the error to
 * (the part that is missing, or the whole date) and the message, or the date as YYYY-MM-DD.
 */
export function checkDeclarationDate(p: DateParts, now = new Date()): { iso: string } | { field: string; message: string } {
  const missing = (["day", "month", "year"] as const).filter((k) => p[k] === "");
  if (missing.length === 3) return { field: DATE_FIELD, message: "Enter the date of the declaration" };
  if (missing.length > 0) return { field: `${DATE_FIELD}-${missing[0]}`, message: `${DATE_LABEL} must include a ${missing.join(" and ")}` };
  if (!/^\d{1,2}$/.test(p.day) || !/^\d{1,2}$/.test(p.month) || !/^\d{4}$/.test(p.year)) {
    return { field: DATE_FIELD, message: `${DATE_LABEL} must be a real date` };
  }
  const [d, m, y] = [Number(p.day), Number(p.month), Number(p.year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return { field: DATE_FIELD, message: `${DATE_LABEL} must be a real date` };
  }
  const iso = isoOf(p);
  if (iso > isoOf(todayInUk(now))) return { field: DATE_FIELD, message: `${DATE_LABEL} must be today or in the past` };
  if (y < 2000) return { field: `${DATE_FIELD}-year`, message: `${DATE_LABEL} must be the same as or after 1 January 2000` };
  return { iso };
}

const datePart = z.string({ error: "Enter the date of the declaration" }).trim().max(10, `${DATE_LABEL} must be a real date`);

export const submitSchema = z
  .object({
    ...idFields,
    declarationName: z
      .string({ error: "Enter your full name" })
      .trim()
      .min(1, "Enter your full name")
      .max(DECLARATION_MAX, `Full name must be ${DECLARATION_MAX} characters or fewer`),
    declarationRole: z
      .string({ error: "Enter your role" })
      .trim()
      .min(1, "Enter your role")
      .max(DECLARATION_MAX, `Role must be ${DECLARATION_MAX} characters or fewer`),
    "declarationDate-day": datePart,
    "declarationDate-month": datePart,
    "declarationDate-year": datePart,
    // A ticked checkbox posts "yes" (react-hook-form reads it as "yes" too); unticked posts nothing.
    confirm: z.unknown().refine((v) => v === "yes" || v === true, "Confirm that the answers are complete and accurate"),
  })
  .superRefine((v, ctx) => {
    const parts = { day: v["declarationDate-day"], month: v["declarationDate-month"], year: v["declarationDate-year"] };
    // Runs even when another field failed; skip if a part is not text at all.
    if (typeof parts.day !== "string" || typeof parts.month !== "string" || typeof parts.year !== "string") return;
    const checked = checkDeclarationDate(parts);
    if ("message" in checked) ctx.addIssue({ code: "custom", path: [checked.field], message: checked.message });
    // zod 4 skips refinements once a field has failed unless told otherwise: the date's message
    // belongs in the same error summary as the others.
  }, { when: () => true })
  // Keeps the typed fields (so the browser form's resolver still fits) and adds the date itself.
  .transform((v) => {
    const checked = checkDeclarationDate({ day: v["declarationDate-day"], month: v["declarationDate-month"], year: v["declarationDate-year"] });
    return { ...v, declarationDate: "iso" in checked ? checked.iso : "", confirm: true as const };
  });
export type SubmitInput = z.input<typeof submitSchema>;
export type SubmitValues = z.output<typeof submitSchema>;

/** Field names each form posts, for the server actions to echo back what was typed. */
export const SUBMIT_FIELDS = [
  "declarationName",
  "declarationRole",
  "declarationDate-day",
  "declarationDate-month",
  "declarationDate-year",
  "confirm",
] as const;
