import type { ReactNode } from "react";
import { cx } from "./utils";

export type WarningTextProps = {
  children: ReactNode;
  /** Read by screen readers in place of the "!" icon. Defaults to "Warning". */
  iconFallbackText?: string;
  className?: string;
};

/** GOV.UK warning text: something the user must know (e.g. a legal consequence). */
export function WarningText({ children, iconFallbackText = "Warning", className }: WarningTextProps) {
  return (
    <div className={cx("govuk-warning-text", className)}>
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">{iconFallbackText}</span> {children}
      </strong>
    </div>
  );
}
