import { z } from "zod";

// What the evidence forms and the data layer accept, besides the file itself (see sniff.ts, limits.ts).

export const MARKINGS = ["OFFICIAL", "OFFICIAL_SENSITIVE"] as const;
export type Marking = (typeof MARKINGS)[number];
/** Protective markings are written in capitals with a hyphen (Government Security Classifications). */
export const MARKING_LABELS: Record<Marking, string> = { OFFICIAL: "OFFICIAL", OFFICIAL_SENSITIVE: "OFFICIAL-SENSITIVE" };

export const URL_MAX = 2000;
export const TITLE_MAX = 200;
// Control characters other than tab: invisible, and a sign of pasted binary content.
const CONTROL_CHARS = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F]/;

const target = {
  assessmentId: z.string().min(1).max(64),
  questionCode: z.string().regex(/^[A-Z][0-9]{1,3}$/, "Unknown question code"),
  marking: z.enum(MARKINGS, { error: "Select the protective marking" }),
};

export const fileEvidenceSchema = z.object(target);
export type FileEvidenceInput = z.input<typeof fileEvidenceSchema>;

function isWebAddress(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "" && !url.username && !url.password;
  } catch {
    return false;
  }
}

const linkFields = {
  url: z
    .string({ error: "Enter the web address of the evidence" })
    .trim()
    .min(1, "Enter the web address of the evidence")
    .max(URL_MAX, `The web address must be ${URL_MAX.toLocaleString("en-GB")} characters or fewer`)
    .refine(isWebAddress, "Enter a web address that starts with https:// or http://, like https://intranet.example.org/policy"),
  title: z
    .string({ error: "Enter a title for the link" })
    .trim()
    .min(1, "Enter a title for the link")
    .max(TITLE_MAX, `The title must be ${TITLE_MAX} characters or fewer`)
    .refine((s) => !CONTROL_CHARS.test(s), "The title contains hidden characters that are not allowed. Type it again instead of pasting it"),
};

export const linkEvidenceSchema = z.object({ ...target, ...linkFields });
export type LinkEvidenceInput = z.input<typeof linkEvidenceSchema>;

// Evidence of what was done about an action (lib/db/action-evidence.ts): the same checks, its own target.
const actionTarget = { actionId: z.string().min(1).max(64), marking: target.marking };
export const actionFileEvidenceSchema = z.object(actionTarget);
export type ActionFileEvidenceInput = z.input<typeof actionFileEvidenceSchema>;
export const actionLinkEvidenceSchema = z.object({ ...actionTarget, ...linkFields });
export type ActionLinkEvidenceInput = z.input<typeof actionLinkEvidenceSchema>;
