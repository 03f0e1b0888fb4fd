// What a form's server action returns: field messages keyed by field name, and the values to
// show again, so a rejected submission never loses what was typed (with or without JavaScript).
export type FormState<Extra = Record<string, never>> = {
  fieldErrors: Record<string, string>;
  values: Record<string, string>;
  done?: Extra;
};

export const emptyFormState: FormState = { fieldErrors: {}, values: {} };

export function valuesOf(formData: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, String(formData.get(n) ?? "")]));
}
