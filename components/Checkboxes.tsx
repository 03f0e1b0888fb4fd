import { Fragment, type ReactNode } from "react";
import { ErrorMessage } from "./ErrorMessage";
import { Fieldset } from "./Fieldset";
import { FormGroup } from "./FormGroup";
import { Hint } from "./Hint";
import type { ChoiceInputProps } from "./Radios";
import { cx, hasContent, joinIds, type Size } from "./utils";

export type CheckboxItem = {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Always rendered visible (works with JavaScript off); govuk-frontend's script may hide it until ticked. */
  conditional?: ReactNode;
  /** Defaults to `idPrefix` for the first item and `${idPrefix}-${n}` after. */
  id?: string;
  /** Defaults to the group's `name`. */
  name?: string;
  disabled?: boolean;
  /** A "None of these" answer: govuk-frontend's script unticks the others when it is ticked. */
  exclusive?: boolean;
};

export type CheckboxDivider = { divider: string };

export type CheckboxesProps = {
  name: string;
  /** Prefix of item ids; defaults to `name`. Link error summaries to `#${idPrefix}`. */
  idPrefix?: string;
  /**
   * The question. Without a legend there is no fieldset (use only for a single checkbox,
   * e.g. a declaration); hint and error then describe each checkbox instead.
   */
  legend?: ReactNode;
  legendSize?: Size;
  legendIsPageHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  items: Array<CheckboxItem | CheckboxDivider>;
  /** Values ticked when the page renders (echo back the answer). */
  values?: readonly string[];
  small?: boolean;
  inputProps?: ChoiceInputProps;
  className?: string;
  formGroupClassName?: string;
};

/** GOV.UK checkboxes, in a fieldset with legend when there is a question. */
export function Checkboxes({
  name,
  idPrefix = name,
  legend,
  legendSize,
  legendIsPageHeading,
  hint,
  error,
  items,
  values,
  small,
  inputProps,
  className,
  formGroupClassName,
}: CheckboxesProps) {
  const hasFieldset = hasContent(legend);
  const hintId = hasContent(hint) ? `${idPrefix}-hint` : undefined;
  const errorId = hasContent(error) ? `${idPrefix}-error` : undefined;
  const groupDescribedBy = joinIds(hintId, errorId);

  const inner = (
    <>
      {hintId ? <Hint id={hintId}>{hint}</Hint> : null}
      {errorId ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <div className={cx("govuk-checkboxes", small && "govuk-checkboxes--small", className)} data-module="govuk-checkboxes">
        {items.map((item, index) => {
          if ("divider" in item) {
            return (
              <div key={`divider-${index}`} className="govuk-checkboxes__divider">
                {item.divider}
              </div>
            );
          }
          const itemId = item.id ?? (index === 0 ? idPrefix : `${idPrefix}-${index + 1}`);
          const itemHintId = hasContent(item.hint) ? `${itemId}-item-hint` : undefined;
          const conditionalId = `conditional-${itemId}`;
          const hasConditional = hasContent(item.conditional);
          return (
            <Fragment key={itemId}>
              <div className="govuk-checkboxes__item">
                <input
                  {...inputProps}
                  className="govuk-checkboxes__input"
                  id={itemId}
                  name={item.name ?? name}
                  type="checkbox"
                  value={item.value}
                  defaultChecked={values !== undefined ? values.includes(item.value) : undefined}
                  disabled={item.disabled || inputProps?.disabled}
                  data-aria-controls={hasConditional ? conditionalId : undefined}
                  data-behaviour={item.exclusive ? "exclusive" : undefined}
                  aria-describedby={joinIds(hasFieldset ? undefined : groupDescribedBy, itemHintId)}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={itemId}>
                  {item.label}
                </label>
                {itemHintId ? (
                  <div id={itemHintId} className="govuk-hint govuk-checkboxes__hint">
                    {item.hint}
                  </div>
                ) : null}
              </div>
              {hasConditional ? (
                <div className="govuk-checkboxes__conditional" id={conditionalId}>
                  {item.conditional}
                </div>
              ) : null}
            </Fragment>
          );
        })}
      </div>
    </>
  );

  return (
    <FormGroup error={Boolean(errorId)} className={formGroupClassName}>
      {hasFieldset ? (
        <Fieldset
          legend={legend}
          legendSize={legendSize}
          legendIsPageHeading={legendIsPageHeading}
          describedBy={groupDescribedBy}
        >
          {inner}
        </Fieldset>
      ) : (
        inner
      )}
    </FormGroup>
  );
}
