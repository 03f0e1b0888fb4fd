import type { ComponentPropsWithRef, ReactNode } from "react";
import { PreventDoubleClick } from "./PreventDoubleClick";
import { cx } from "./utils";

export type ButtonVariant = "primary" | "secondary" | "warning" | "inverse";

type CommonProps = {
  children: ReactNode;
  variant?: ButtonVariant;
  /** The green "Start now" call to action with an arrow. */
  isStartButton?: boolean;
  className?: string;
};

type NativeButtonProps = Omit<ComponentPropsWithRef<"button">, "className" | "children" | "type">;
type NativeLinkProps = Omit<ComponentPropsWithRef<"a">, "className" | "children" | "href" | "role">;

export type ButtonAsButtonProps = CommonProps &
  NativeButtonProps & {
    href?: undefined;
    /** Defaults to "submit". */
    type?: "submit" | "button" | "reset";
    /** Which-button-was-pressed: the form data gets `name=value` for the pressed button only. */
    name?: string;
    value?: string;
    /** Ignores a second click within a second, so a form is not submitted twice (needs JS; harmless without). */
    preventDoubleClick?: boolean;
  };

export type ButtonAsLinkProps = CommonProps &
  NativeLinkProps & {
    /** Renders a link styled as a button (for navigation, not for changing data). */
    href: string;
  };

export type ButtonProps = ButtonAsButtonProps | ButtonAsLinkProps;

function StartIcon() {
  return (
    <svg
      className="govuk-button__start-icon"
      xmlns="http://www.w3.org/2000/svg"
      width="17.5"
      height="19"
      viewBox="0 0 33 40"
      aria-hidden="true"
      focusable="false"
    >
      <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
    </svg>
  );
}

/** GOV.UK button: a `<button>` (submit by default) or, with `href`, a link that looks like one. */
export function Button(props: ButtonProps) {
  if (props.href !== undefined) {
    const { children, variant = "primary", isStartButton, className, href, ...linkProps } = props;
    return (
      <a
        {...linkProps}
        href={href}
        role="button"
        draggable={false}
        className={classes(variant, isStartButton, className)}
        data-module="govuk-button"
      >
        {children}
        {isStartButton ? <StartIcon /> : null}
      </a>
    );
  }
  const {
    children,
    variant = "primary",
    isStartButton,
    className,
    type = "submit",
    disabled,
    preventDoubleClick,
    href: _href,
    ...buttonProps
  } = props;
  return (
    <>
      <button
        {...buttonProps}
        type={type}
        disabled={disabled}
        aria-disabled={disabled ? true : undefined}
        className={classes(variant, isStartButton, className)}
        data-module="govuk-button"
        data-prevent-double-click={preventDoubleClick ? "true" : undefined}
      >
        {children}
        {isStartButton ? <StartIcon /> : null}
      </button>
      {preventDoubleClick ? <PreventDoubleClick /> : null}
    </>
  );
}

function classes(variant: ButtonVariant, isStartButton: boolean | undefined, className: string | undefined) {
  return cx(
    "govuk-button",
    variant !== "primary" && `govuk-button--${variant}`,
    isStartButton && "govuk-button--start",
    className,
  );
}
