import { Fragment, type ComponentPropsWithRef, type ReactNode } from "react";
import { ErrorMessage } from "./ErrorMessage";
import { Fieldset } from "./Fieldset";
import { FormGroup } from "./FormGroup";
import { Hint } from "./Hint";
import { cx, hasContent, joinIds, type Size } from "./utils";

export type RadioItem = {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  /**
   * Follow-up content for this answer. It is always rendered visible, so it works with
   * JavaScript off; govuk-frontend's script (if the layout runs it) hides it until chosen.
   */
  conditional?: ReactNode;
  /** Defaults to `idPrefix` for the first item and `${idPrefix}-${n}` after. */
  id?: string;
  disabled?: boolean;
};

/** A divider between items, usually "or". */
export type RadioDivider = { divider: string };

/** Props put on every `<input type="radio">`, e.g. react-hook-form's `register(name)`. */
export type ChoiceInputProps = Omit<
  ComponentPropsWithRef<"input">,
  "type" | "id" | "value" | "className" | "children" | "checked" | "defaultChecked" | "aria-describedby"
>;

export type RadiosProps = {
  name: string;
  /** Prefix of item ids; defaults to `name`. Link error summaries to `#${idPrefix}`. */
  idPrefix?: string;
  legend: ReactNode;
  legendSize?: Size;
  legendIsPageHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  items: Array<RadioItem | RadioDivider>;
  /** The value checked when the page renders (echo back the answer). */
  value?: string;
  /** Side by side; only for two short answers such as Yes/No (and never with `conditional`). */
  inline?: boolean;
  small?: boolean;
  inputProps?: ChoiceInputProps;
  className?: string;
  formGroupClassName?: string;
};

/** GOV.UK radios in a fieldset with legend; hint and error describe the fieldset. */
export function Radios({
  name,
  idPrefix = name,
  legend,
  legendSize,
  legendIsPageHeading,
  hint,
  error,
  items,
  value,
  inline,
  small,
  inputProps,
  className,
  formGroupClassName,
}: RadiosProps) {
  const hintId = hasContent(hint) ? `${idPrefix}-hint` : undefined;
  const errorId = hasContent(error) ? `${idPrefix}-error` : undefined;
  return (
    <FormGroup error={Boolean(errorId)} className={formGroupClassName}>
      <Fieldset
        legend={legend}
        legendSize={legendSize}
        legendIsPageHeading={legendIsPageHeading}
        describedBy={joinIds(hintId, errorId)}
      >
        {hintId ? <Hint id={hintId}>{hint}</Hint> : null}
        {errorId ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
        <div
          className={cx("govuk-radios", inline && "govuk-radios--inline", small && "govuk-radios--small", className)}
          data-module="govuk-radios"
        >
          {items.map((item, index) => {
            if ("divider" in item) {
              return (
                <div key={`divider-${index}`} className="govuk-radios__divider">
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
                <div className="govuk-radios__item">
                  <input
                    {...inputProps}
                    className="govuk-radios__input"
                    id={itemId}
                    name={name}
                    type="radio"
                    value={item.value}
                    defaultChecked={value !== undefined ? value === item.value : undefined}
                    disabled={item.disabled || inputProps?.disabled}
                    data-aria-controls={hasConditional ? conditionalId : undefined}
                    aria-describedby={itemHintId}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={itemId}>
                    {item.label}
                  </label>
                  {itemHintId ? (
                    <div id={itemHintId} className="govuk-hint govuk-radios__hint">
                      {item.hint}
                    </div>
                  ) : null}
                </div>
                {hasConditional ? (
                  <div className="govuk-radios__conditional" id={conditionalId}>
                    {item.conditional}
                  </div>
                ) : null}
              </Fragment>
            );
          })}
        </div>
      </Fieldset>
    </FormGroup>
  );
}
