"use client";
import { useEffect } from "react";
import { ErrorSummary } from "@/components";

type Props = {
  errors: Record<string, string>;
  /** Field name → id of the element to link to, in the order the fields appear on the page. */
  fields: Record<string, string>;
  /** Where errors of hidden fields (a stale or tampered page) link: the form's first field. */
  fallback: string;
  /** When a page has more than one form that can show errors. */
  id?: string;
};

/**
 * The GOV.UK error summary for one form: errors in the order of the fields, each linking to its
 * field, and "Error: " before the page title while there are any (with JavaScript; without it the
 * summary is still the first thing on the page).
 */
export function FormErrorSummary({ errors, fields, fallback, id }: Props) {
  const order = Object.keys(fields);
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : -1);
  const items = Object.entries(errors)
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([field, text]) => ({ href: `#${fields[field] ?? fallback}`, text }));
  useEffect(() => {
    const base = document.title.replace(/^Error: /, "");
    document.title = items.length > 0 ? `Error: ${base}` : base;
  }, [items.length]);
  return <ErrorSummary id={id} errors={items} />;
}
