// The GOV.UK date input (day, month and year boxes) checked in the order the Design System sets:
// nothing entered, a part missing, not a real date, then the form's own limits. Messages name the
// date as the label does ("Due date must include a month").

export type DateParts = { day: string; month: string; year: string };

export type DatePartsRules = {
  /** Field name of the whole date, e.g. "dueDate"; parts are "dueDate-day" and so on. */
  field: string;
  /** The date's label as a sentence starts, e.g. "Due date". */
  label: string;
  /** Message when nothing was entered, e.g. "Enter the due date". */
  missing: string;
  /** Earliest and latest year allowed, inclusive. */
  minYear: number;
  maxYear: number;
};

export type CheckedDate = { iso: string } | { field: string; message: string };

/** The date as YYYY-MM-DD, or the field to link the error to and what to do. */
export function checkDateParts(p: DateParts, rules: DatePartsRules): CheckedDate {
  const { field, label } = rules;
  const parts = { day: p.day.trim(), month: p.month.trim(), year: p.year.trim() };
  const missing = (["day", "month", "year"] as const).filter((k) => parts[k] === "");
  if (missing.length === 3) return { field, message: rules.missing };
  if (missing.length > 0) return { field: `${field}-${missing[0]}`, message: `${label} must include a ${missing.join(" and ")}` };
  if (!/^\d{1,2}$/.test(parts.day) || !/^\d{1,2}$/.test(parts.month) || !/^\d{4}$/.test(parts.year)) {
    return { field, message: `${label} must be a real date` };
  }
  const [d, m, y] = [Number(parts.day), Number(parts.month), Number(parts.year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return { field, message: `${label} must be a real date` };
  }
  if (y < rules.minYear || y > rules.maxYear) {
    return { field: `${field}-year`, message: `${label} must be between 1 January ${rules.minYear} and 31 December ${rules.maxYear}` };
  }
  return { iso: date.toISOString().slice(0, 10) };
}

/** A YYYY-MM-DD day as the parts a person would type ("2013-04-01" → 1, 4, 2013), for editing. */
export function partsOfDay(day: string): DateParts {
  const [y = "", m = "", d = ""] = day.split("-");
  return { day: String(Number(d)), month: String(Number(m)), year: y };
}
