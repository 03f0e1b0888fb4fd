import type { ReactNode } from "react";
import { cx, type Size } from "./utils";

export type LabelProps = {
  htmlFor: string;
  children: ReactNode;
  /** Text size; a page-heading label defaults to "l". */
  size?: Size;
  /** Wraps the label in an `<h1>`: use when the question is the page's only heading. */
  isPageHeading?: boolean;
  className?: string;
};

/** GOV.UK label, optionally doubling as the page's `<h1>`. */
export function Label({ htmlFor, children, size, isPageHeading, className }: LabelProps) {
  const effectiveSize = size ?? (isPageHeading ? "l" : undefined);
  const label = (
    <label className={cx("govuk-label", effectiveSize && `govuk-label--${effectiveSize}`, className)} htmlFor={htmlFor}>
      {children}
    </label>
  );
  return isPageHeading ? <h1 className="govuk-label-wrapper">{label}</h1> : label;
}
