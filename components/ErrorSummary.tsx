import type { ReactNode } from "react";
import { FocusOnMount } from "./FocusOnMount";
import { cx } from "./utils";

export type ErrorSummaryItem = {
  /** `#` + the id of the field (the first field of a group or date input). */
  href: string;
  text: ReactNode;
};

export type ErrorSummaryProps = {
  errors: readonly ErrorSummaryItem[];
  /** Defaults to "There is a problem". */
  title?: ReactNode;
  description?: ReactNode;
  /** Defaults to "error-summary". */
  id?: string;
  /** Don't move focus to the summary when it renders (JavaScript on). */
  disableAutoFocus?: boolean;
  /** Focus again when this changes; defaults to the error list itself. */
  focusKey?: string | number;
  className?: string;
};

/**
 * GOV.UK error summary. Put it at the top of `<main>`, before the `<h1>`, and prefix the page
 * title with "Error: ". Renders nothing when there are no errors. With JavaScript it takes focus
 * on render; its links then focus the field and show its question.
 */
export function ErrorSummary({
  errors,
  title = "There is a problem",
  description,
  id = "error-summary",
  disableAutoFocus,
  focusKey,
  className,
}: ErrorSummaryProps) {
  if (errors.length === 0) return null;
  const key = focusKey ?? errors.map((e) => `${e.href}:${typeof e.text === "string" ? e.text : ""}`).join("|");
  return (
    <>
      <div
        id={id}
        className={cx("govuk-error-summary", className)}
        data-module="govuk-error-summary"
        data-disable-auto-focus={disableAutoFocus ? "true" : undefined}
      >
        {/* role="alert" on a child, as in govuk-frontend, so focus and announcement do not race. */}
        <div role="alert">
          <h2 className="govuk-error-summary__title">{title}</h2>
          <div className="govuk-error-summary__body">
            {description ? <p>{description}</p> : null}
            <ul className="govuk-list govuk-error-summary__list">
              {errors.map((error, index) => (
                <li key={`${error.href}-${index}`}>
                  <a href={error.href}>{error.text}</a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      </div>
      <FocusOnMount targetId={id} focusKey={key} focus={!disableAutoFocus} linkToFields />
    </>
  );
}
