import type { ComponentPropsWithRef, ReactNode } from "react";
import { ErrorMessage } from "./ErrorMessage";
import { FormGroup } from "./FormGroup";
import { Hint } from "./Hint";
import { Label } from "./Label";
import { cx, hasContent, joinIds, type Size } from "./utils";

export type SelectItem = { value: string; text: string; disabled?: boolean };

type NativeSelectProps = Omit<
  ComponentPropsWithRef<"select">,
  "id" | "name" | "className" | "children" | "aria-describedby" | "multiple"
>;

export type SelectProps = NativeSelectProps & {
  id: string;
  /** Defaults to `id`. */
  name?: string;
  label: ReactNode;
  labelSize?: Size;
  labelIsPageHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  /** Options in order. Add a first `{ value: "", text: "Choose…" }` if nothing should be preselected. */
  items: readonly SelectItem[];
  describedBy?: string;
  className?: string;
  formGroupClassName?: string;
};

/**
 * GOV.UK select. Use only for long lists; prefer `Radios` for a few options.
 * Select an option with `defaultValue`.
 */
export function Select({
  id,
  name,
  label,
  labelSize,
  labelIsPageHeading,
  hint,
  error,
  items,
  describedBy,
  className,
  formGroupClassName,
  ...selectProps
}: SelectProps) {
  const hintId = hasContent(hint) ? `${id}-hint` : undefined;
  const errorId = hasContent(error) ? `${id}-error` : undefined;
  return (
    <FormGroup error={Boolean(errorId)} className={formGroupClassName}>
      <Label htmlFor={id} size={labelSize} isPageHeading={labelIsPageHeading}>
        {label}
      </Label>
      {hintId ? <Hint id={hintId}>{hint}</Hint> : null}
      {errorId ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <select
        {...selectProps}
        className={cx("govuk-select", errorId && "govuk-select--error", className)}
        id={id}
        name={name ?? id}
        aria-describedby={joinIds(describedBy, hintId, errorId)}
      >
        {items.map((item) => (
          <option key={item.value} value={item.value} disabled={item.disabled}>
            {item.text}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}
