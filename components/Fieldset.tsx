import type { ReactNode } from "react";
import { cx, type Size } from "./utils";

export type FieldsetProps = {
  children: ReactNode;
  /** The question or group name. Omit only if something else names the group. */
  legend?: ReactNode;
  /** Text size; a page-heading legend defaults to "l". */
  legendSize?: Size;
  /** Puts the legend text in an `<h1>`: use when the question is the page's only heading. */
  legendIsPageHeading?: boolean;
  /** Ids of the hint and error message that describe the whole group. */
  describedBy?: string;
  /** `"group"` for date inputs (so JAWS reads the description). */
  role?: "group";
  id?: string;
  className?: string;
};

/** GOV.UK fieldset with legend, for radios, checkboxes, date inputs and address-like groups. */
export function Fieldset({
  children,
  legend,
  legendSize,
  legendIsPageHeading,
  describedBy,
  role,
  id,
  className,
}: FieldsetProps) {
  const size = legendSize ?? (legendIsPageHeading ? "l" : undefined);
  return (
    <fieldset id={id} className={cx("govuk-fieldset", className)} role={role} aria-describedby={describedBy || undefined}>
      {legend !== undefined && legend !== null ? (
        <legend className={cx("govuk-fieldset__legend", size && `govuk-fieldset__legend--${size}`)}>
          {legendIsPageHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
        </legend>
      ) : null}
      {children}
    </fieldset>
  );
}
