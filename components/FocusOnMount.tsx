"use client";

import { useEffect } from "react";

export type FocusOnMountProps = {
  /** Id of the element to focus (an error summary or a success banner). */
  targetId: string;
  /** Focus again whenever this changes (e.g. the list of errors after another submit). */
  focusKey?: string | number;
  /** Set false to keep only the `linkToFields` behaviour. Defaults to true. */
  focus?: boolean;
  /**
   * Error summary behaviour: a click on a `#field` link focuses the field and scrolls its
   * legend or label into view, instead of only jumping to the field.
   */
  linkToFields?: boolean;
};

function onSummaryClick(event: MouseEvent) {
  const link = event.target instanceof Element ? event.target.closest("a") : null;
  const hash = link?.getAttribute("href");
  if (!link || !hash || !hash.startsWith("#") || hash.length < 2) return;
  const field = document.getElementById(decodeURIComponent(hash.slice(1)));
  if (!(field instanceof HTMLElement)) return;
  event.preventDefault();
  const legend = field.closest("fieldset")?.querySelector("legend");
  const label = field.id ? document.querySelector(`label[for="${CSS.escape(field.id)}"]`) : null;
  // Show the question with the field: the legend for grouped fields, else the label.
  (legend ?? label ?? field).scrollIntoView();
  field.focus({ preventScroll: true });
}

/**
 * Renders nothing. After the page (or a new render with another `focusKey`) mounts, moves focus
 * to the target so screen readers announce it, as govuk-frontend's script does. The target gets
 * `tabindex="-1"` only while focused. With JavaScript off nothing happens: the content is still
 * first on the page.
 */
export function FocusOnMount({ targetId, focusKey, focus = true, linkToFields }: FocusOnMountProps) {
  useEffect(() => {
    const target = document.getElementById(targetId);
    if (!target || !focus) return;
    if (!target.hasAttribute("tabindex")) {
      target.setAttribute("tabindex", "-1");
      target.addEventListener("blur", () => target.removeAttribute("tabindex"), { once: true });
    }
    target.focus();
  }, [targetId, focusKey, focus]);

  useEffect(() => {
    const target = document.getElementById(targetId);
    if (!target || !linkToFields) return;
    target.addEventListener("click", onSummaryClick);
    return () => target.removeEventListener("click", onSummaryClick);
  }, [targetId, focusKey, linkToFields]);
  return null;
}
