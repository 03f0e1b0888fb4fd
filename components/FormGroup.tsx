import type { ReactNode } from "react";
import { cx } from "./utils";

export type FormGroupProps = {
  children: ReactNode;
  /** Adds the red left border of a field in error. */
  error?: boolean;
  id?: string;
  className?: string;
};

/** GOV.UK form group: wraps one question (label, hint, error message and field). */
export function FormGroup({ children, error, id, className }: FormGroupProps) {
  return (
    <div id={id} className={cx("govuk-form-group", error && "govuk-form-group--error", className)}>
      {children}
    </div>
  );
}
