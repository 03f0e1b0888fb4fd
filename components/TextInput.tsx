import type { ComponentPropsWithRef, ReactNode } from "react";
import { ErrorMessage } from "./ErrorMessage";
import { FormGroup } from "./FormGroup";
import { Hint } from "./Hint";
import { Label } from "./Label";
import { cx, hasContent, joinIds, type Size } from "./utils";

/** Fixed widths (characters) or fluid widths (share of the container). */
export type InputWidth =
  | 2
  | 3
  | 4
  | 5
  | 10
  | 20
  | 30
  | "full"
  | "three-quarters"
  | "two-thirds"
  | "one-half"
  | "one-third"
  | "one-quarter";

export function inputWidthClass(width: InputWidth | undefined): string | undefined {
  if (width === undefined) return undefined;
  return typeof width === "number" ? `govuk-input--width-${width}` : `govuk-!-width-${width}`;
}

type NativeInputProps = Omit<
  ComponentPropsWithRef<"input">,
  "id" | "name" | "type" | "className" | "children" | "aria-describedby" | "prefix"
>;

export type TextInputProps = NativeInputProps & {
  /** Also the target of error summary links: `#${id}`. */
  id: string;
  /** Defaults to `id`. */
  name?: string;
  label: ReactNode;
  labelSize?: Size;
  labelIsPageHeading?: boolean;
  hint?: ReactNode;
  /** Inline error message; also marks the field in error. */
  error?: ReactNode;
  type?: "text" | "email" | "tel" | "url" | "search" | "password";
  width?: InputWidth;
  /** Shown before/after the input (e.g. "£", "per cent"); hidden from screen readers, so put it in the label too. */
  prefix?: string;
  suffix?: string;
  /** Extra ids for `aria-describedby`, before the hint and error. */
  describedBy?: string;
  className?: string;
  formGroupClassName?: string;
};

/**
 * GOV.UK text input with label, hint and error message tied to it.
 * Pass `autoComplete`, `defaultValue`, `inputMode`, `spellCheck`, `ref`, `onChange`… through as usual.
 */
export function TextInput({
  id,
  name,
  label,
  labelSize,
  labelIsPageHeading,
  hint,
  error,
  type = "text",
  width,
  prefix,
  suffix,
  describedBy,
  className,
  formGroupClassName,
  ...inputProps
}: TextInputProps) {
  const hintId = hasContent(hint) ? `${id}-hint` : undefined;
  const errorId = hasContent(error) ? `${id}-error` : undefined;
  const input = (
    <input
      {...inputProps}
      className={cx("govuk-input", inputWidthClass(width), errorId && "govuk-input--error", className)}
      id={id}
      name={name ?? id}
      type={type}
      aria-describedby={joinIds(describedBy, hintId, errorId)}
    />
  );
  return (
    <FormGroup error={Boolean(errorId)} className={formGroupClassName}>
      <Label htmlFor={id} size={labelSize} isPageHeading={labelIsPageHeading}>
        {label}
      </Label>
      {hintId ? <Hint id={hintId}>{hint}</Hint> : null}
      {errorId ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      {prefix || suffix ? (
        <div className="govuk-input__wrapper">
          {prefix ? (
            <div className="govuk-input__prefix" aria-hidden="true">
              {prefix}
            </div>
          ) : null}
          {input}
          {suffix ? (
            <div className="govuk-input__suffix" aria-hidden="true">
              {suffix}
            </div>
          ) : null}
        </div>
      ) : (
        input
      )}
    </FormGroup>
  );
}
