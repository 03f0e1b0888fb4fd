import type { ComponentPropsWithRef, ReactNode } from "react";
import { ErrorMessage } from "./ErrorMessage";
import { Fieldset } from "./Fieldset";
import { FormGroup } from "./FormGroup";
import { Hint } from "./Hint";
import { cx, hasContent, joinIds, type Size } from "./utils";

export type DatePart = "day" | "month" | "year";

const PARTS: ReadonlyArray<{ part: DatePart; label: string; width: 2 | 4 }> = [
  { part: "day", label: "Day", width: 2 },
  { part: "month", label: "Month", width: 2 },
  { part: "year", label: "Year", width: 4 },
];

/** Extra props for one field, e.g. react-hook-form's `register("reviewDate-day")`. */
export type DateFieldProps = Omit<
  ComponentPropsWithRef<"input">,
  "id" | "name" | "type" | "className" | "children" | "inputMode" | "defaultValue" | "value"
>;

export type DateInputProps = {
  /** Field ids are `${id}-day`, `${id}-month`, `${id}-year`. */
  id: string;
  /** Field names are `${name}-day`, `${name}-month`, `${name}-year`. Defaults to `id`. */
  name?: string;
  legend: ReactNode;
  legendSize?: Size;
  legendIsPageHeading?: boolean;
  /** E.g. "For example, 27 3 2024". */
  hint?: ReactNode;
  error?: ReactNode;
  /**
   * Which fields to highlight (e.g. `["year"]` for "Date must include a year").
   * With an error and no list, all three are highlighted. Link the error summary to the first.
   */
  errorFields?: readonly DatePart[];
  /** Values shown when the page renders (echo back what was typed). */
  values?: Partial<Record<DatePart, string>>;
  /** For a date of birth: sets `autocomplete="bday-day"` etc. */
  autoCompleteBday?: boolean;
  disabled?: boolean;
  fieldProps?: Partial<Record<DatePart, DateFieldProps>>;
  className?: string;
  formGroupClassName?: string;
};

/** GOV.UK date input: three numeric text fields in a fieldset (role="group") with legend. */
export function DateInput({
  id,
  name = id,
  legend,
  legendSize,
  legendIsPageHeading,
  hint,
  error,
  errorFields,
  values,
  autoCompleteBday,
  disabled,
  fieldProps,
  className,
  formGroupClassName,
}: DateInputProps) {
  const hintId = hasContent(hint) ? `${id}-hint` : undefined;
  const errorId = hasContent(error) ? `${id}-error` : undefined;
  const highlighted = (part: DatePart) =>
    errorFields !== undefined && errorFields.length > 0 ? errorFields.includes(part) : Boolean(errorId);

  return (
    <FormGroup error={Boolean(errorId)} className={formGroupClassName}>
      <Fieldset
        legend={legend}
        legendSize={legendSize}
        legendIsPageHeading={legendIsPageHeading}
        describedBy={joinIds(hintId, errorId)}
        role="group"
      >
        {hintId ? <Hint id={hintId}>{hint}</Hint> : null}
        {errorId ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
        <div className={cx("govuk-date-input", className)} id={id}>
          {PARTS.map(({ part, label, width }) => {
            const fieldId = `${id}-${part}`;
            return (
              <div key={part} className="govuk-date-input__item">
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-date-input__label" htmlFor={fieldId}>
                    {label}
                  </label>
                  <input
                    autoComplete={autoCompleteBday ? `bday-${part}` : undefined}
                    disabled={disabled}
                    {...fieldProps?.[part]}
                    className={cx(
                      "govuk-input govuk-date-input__input",
                      `govuk-input--width-${width}`,
                      highlighted(part) && "govuk-input--error",
                    )}
                    id={fieldId}
                    name={`${name}-${part}`}
                    type="text"
                    inputMode="numeric"
                    defaultValue={values?.[part]}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </Fieldset>
    </FormGroup>
  );
}
