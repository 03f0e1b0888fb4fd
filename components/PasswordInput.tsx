import { TextInput, type TextInputProps } from "./TextInput";

export type PasswordInputProps = Omit<TextInputProps, "type" | "prefix" | "suffix">;

/**
 * A plain password field (no show/hide toggle, so nothing depends on JavaScript).
 * Defaults: `autoComplete="current-password"` (pass "new-password" when setting one),
 * no spellcheck, no autocapitalisation.
 */
export function PasswordInput({
  autoComplete = "current-password",
  spellCheck = false,
  autoCapitalize = "none",
  ...props
}: PasswordInputProps) {
  return (
    <TextInput
      {...props}
      type="password"
      autoComplete={autoComplete}
      spellCheck={spellCheck}
      autoCapitalize={autoCapitalize}
    />
  );
}
