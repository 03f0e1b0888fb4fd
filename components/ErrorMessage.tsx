import type { ReactNode } from "react";
import { cx } from "./utils";

export type ErrorMessageProps = {
  /** Referenced by the field's `aria-describedby`. */
  id?: string;
  children: ReactNode;
  /** Read before the message by screen readers. Pass "" to leave it out. */
  visuallyHiddenText?: string;
  className?: string;
};

/** GOV.UK inline error message, with a visually hidden "Error:" prefix. */
export function ErrorMessage({ id, children, visuallyHiddenText = "Error", className }: ErrorMessageProps) {
  return (
    <p id={id} className={cx("govuk-error-message", className)}>
      {visuallyHiddenText ? <span className="govuk-visually-hidden">{visuallyHiddenText}:</span> : null}
      {visuallyHiddenText ? " " : null}
      {children}
    </p>
  );
}
