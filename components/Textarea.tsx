import type { ComponentPropsWithRef, ReactNode } from "react";
import { ErrorMessage } from "./ErrorMessage";
import { FormGroup } from "./FormGroup";
import { Hint } from "./Hint";
import { Label } from "./Label";
import { cx, hasContent, joinIds, type Size } from "./utils";

type NativeTextareaProps = Omit<
  ComponentPropsWithRef<"textarea">,
  "id" | "name" | "className" | "children" | "aria-describedby"
>;

export type TextareaProps = NativeTextareaProps & {
  id: string;
  /** Defaults to `id`. */
  name?: string;
  label: ReactNode;
  labelSize?: Size;
  labelIsPageHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  /** Defaults to 5. */
  rows?: number;
  describedBy?: string;
  className?: string;
  formGroupClassName?: string;
};

/** GOV.UK textarea with label, hint and error message tied to it. */
export function Textarea({
  id,
  name,
  label,
  labelSize,
  labelIsPageHeading,
  hint,
  error,
  rows = 5,
  describedBy,
  className,
  formGroupClassName,
  ...textareaProps
}: TextareaProps) {
  const hintId = hasContent(hint) ? `${id}-hint` : undefined;
  const errorId = hasContent(error) ? `${id}-error` : undefined;
  return (
    <FormGroup error={Boolean(errorId)} className={formGroupClassName}>
      <Label htmlFor={id} size={labelSize} isPageHeading={labelIsPageHeading}>
        {label}
      </Label>
      {hintId ? <Hint id={hintId}>{hint}</Hint> : null}
      {errorId ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <textarea
        {...textareaProps}
        className={cx("govuk-textarea", errorId && "govuk-textarea--error", className)}
        id={id}
        name={name ?? id}
        rows={rows}
        aria-describedby={joinIds(describedBy, hintId, errorId)}
      />
    </FormGroup>
  );
}
