import type { DatePart } from "@/components";

/** The message and boxes to highlight for a GOV.UK date input from field errors keyed "due", "due-day"… */
export function dateError(errors: Record<string, string>, field: string): { text?: string; fields?: DatePart[] } {
  if (errors[field]) return { text: errors[field] };
  for (const part of ["day", "month", "year"] as const) {
    const text = errors[`${field}-${part}`];
    if (text) return { text, fields: [part] };
  }
  return {};
}

/** Error summary targets for a date input: the whole date and each part link to their box. */
export function dateFieldIds(field: string): Record<string, string> {
  return { [field]: `${field}-day`, [`${field}-day`]: `${field}-day`, [`${field}-month`]: `${field}-month`, [`${field}-year`]: `${field}-year` };
}
