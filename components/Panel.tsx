import type { ReactNode } from "react";
import { cx, type HeadingLevel } from "./utils";

export type PanelProps = {
  /** E.g. "Assessment submitted". */
  title: ReactNode;
  /** E.g. the reference number. */
  children?: ReactNode;
  /** Defaults to 1: the panel title is usually the page's `<h1>`. */
  headingLevel?: HeadingLevel;
  className?: string;
};

/** GOV.UK confirmation panel, for the end of a journey. */
export function Panel({ title, children, headingLevel = 1, className }: PanelProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={cx("govuk-panel govuk-panel--confirmation", className)}>
      <Heading className="govuk-panel__title">{title}</Heading>
      {children ? <div className="govuk-panel__body">{children}</div> : null}
    </div>
  );
}
