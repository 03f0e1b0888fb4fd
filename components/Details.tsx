import type { ReactNode } from "react";
import { cx } from "./utils";

export type DetailsProps = {
  /** The link-like text that opens it, e.g. "Help with this question". */
  summary: ReactNode;
  children: ReactNode;
  open?: boolean;
  id?: string;
  className?: string;
};

/** GOV.UK details: native `<details>`, so it opens and closes without JavaScript. */
export function Details({ summary, children, open, id, className }: DetailsProps) {
  return (
    <details id={id} className={cx("govuk-details", className)} open={open}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}
