import { z } from "zod";
import { JUDGEMENTS } from "./judgements.ts";

// The review forms: one schema each, shared by the browser form (react-hook-form), the server
// action, the JSON API and the data layer. Text typed in a textarea arrives with CRLF line
// breaks: they count as one character.

const RELOAD = "Reload the page and try again";
const id = z.string({ error: RELOAD }).min(1, RELOAD).max(64, RELOAD);
const expectedVersion = z.coerce.number({ error: RELOAD }).int(RELOAD).min(1, RELOAD);

export const COMMENT_MAX = 2000;
export const SUMMARY_MAX = 5000;
export const NAME_MAX = 120;

const text = (missing: string, what: string, max: number) =>
  z
    .string({ error: missing })
    .overwrite((s) => s.replace(/\r\n?/g, "\n").trim())
    .min(1, missing)
    .max(max, `${what} must be ${max.toLocaleString("en-GB")} characters or fewer`);

const optionalText = (what: string, max: number) =>
  z
    .string()
    .optional()
    .transform((s) => (s ?? "").replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().max(max, `${what} must be ${max.toLocaleString("en-GB")} characters or fewer`));

export const QUESTION_CODE = /^[A-Z][0-9]{1,3}$/;

/** The inspector's decision on one answer: accept it (a comment is optional) or query it (a comment says what to explain). */
export const decisionSchema = z.discriminatedUnion("decision", [
  z.object({
    assessmentId: id,
    code: z.string({ error: RELOAD }).regex(QUESTION_CODE, RELOAD),
    decision: z.literal("accept"),
    comment: optionalText("Comment", COMMENT_MAX),
  }),
  z.object({
    assessmentId: id,
    code: z.string({ error: RELOAD }).regex(QUESTION_CODE, RELOAD),
    decision: z.literal("query"),
    comment: text("Enter your query: say what the force needs to explain or change", "Query", COMMENT_MAX),
  }),
], { error: "Choose whether to accept or query the answer" });
export type DecisionInput = z.input<typeof decisionSchema>;

export const returnSchema = z.object({ assessmentId: id, expectedVersion });
export type ReturnInput = z.input<typeof returnSchema>;

const judgement = z.enum(JUDGEMENTS, { error: "Select the force’s overall judgement" });
/** A section's judgement is optional: the form posts "" for "no judgement". */
const sectionJudgement = z
  .union([z.enum(JUDGEMENTS), z.literal(""), z.null(), z.undefined()], { error: "Select a judgement for the section, or none" })
  .transform((v) => v || null);

export const acceptSchema = z.object({
  assessmentId: id,
  expectedVersion,
  judgement,
  sectionJudgements: z
    .record(z.string().regex(/^[A-Z]$/, "Section codes are single capital letters"), sectionJudgement)
    .optional()
    .transform((r) => Object.fromEntries(Object.entries(r ?? {}).filter((e): e is [string, NonNullable<(typeof e)[1]>] => e[1] !== null))),
  summary: text("Enter a summary of the inspectorate’s findings", "Summary", SUMMARY_MAX),
  inspectorName: text("Enter the name of the HM Inspector to be quoted", "Name", NAME_MAX),
  inspectorRegion: text("Select the HM Inspector’s region", "Region", NAME_MAX),
});
export type AcceptInput = z.input<typeof acceptSchema>;
export type AcceptValues = z.output<typeof acceptSchema>;

export const respondSchema = z.object({
  assessmentId: id,
  queryId: id,
  response: text("Enter your response to the inspector’s query", "Response", COMMENT_MAX),
});
export type RespondInput = z.input<typeof respondSchema>;

/** Field names the accept form posts for a section's judgement, e.g. "sectionJudgements.C". */
export const sectionJudgementField = (code: string) => `sectionJudgements.${code}`;

/** The accept form's posted fields as the schema's input (section judgements gathered into one object). */
export function acceptInputFromForm(values: Record<string, string>): Record<string, unknown> {
  const sectionJudgements: Record<string, string> = {};
  const rest: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    const m = /^sectionJudgements\.([A-Z])$/.exec(k);
    if (m) sectionJudgements[m[1]!] = v;
    else rest[k] = v;
  }
  return { ...rest, sectionJudgements };
}
