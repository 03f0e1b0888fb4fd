// What the evidence forms' server action returns. Errors are keyed by the id of the field they
// belong to, so the error summary can link straight to it.

export type EvidenceIntent = "upload" | "link" | "remove";

export type EvidenceFormState = {
  form: EvidenceIntent | null;
  fieldErrors: Record<string, string>;
  values: Record<string, string>;
};

export const initialEvidenceState: EvidenceFormState = { form: null, fieldErrors: {}, values: {} };

/** Field ids per form (both forms have a marking, so their ids differ). */
export const FIELD_IDS = {
  upload: { file: "evidence-file", marking: "upload-marking" },
  link: { url: "link-url", title: "link-title", marking: "link-marking" },
} as const;

/** The query parameter that says what just succeeded (after the redirect). */
export const DONE_PARAM = "evidence";
export const DONE_MESSAGES: Record<EvidenceIntent, string> = {
  upload: "Your file has been uploaded",
  link: "Your link has been added",
  remove: "The evidence has been removed",
};
