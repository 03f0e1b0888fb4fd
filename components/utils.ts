// Small helpers shared by the UI kit. Not a component.

/** GOV.UK Design System text sizes, used for labels, legends and captions. */
export type Size = "s" | "m" | "l" | "xl";

/** Heading levels a component may render. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** Joins class names, skipping empty ones. */
export function cx(...parts: Array<string | false | null | undefined>): string {
  return parts.filter(Boolean).join(" ");
}

/** Joins ids for `aria-describedby`; `undefined` when there are none (so no empty attribute). */
export function joinIds(...ids: Array<string | false | null | undefined>): string | undefined {
  const joined = ids.filter(Boolean).join(" ").trim();
  return joined === "" ? undefined : joined;
}

/** `true` when something renderable was given (not undefined, null, false or ""). */
export function hasContent(node: unknown): boolean {
  return node !== undefined && node !== null && node !== false && node !== "";
}
