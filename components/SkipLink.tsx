import type { ReactNode } from "react";

export type SkipLinkProps = {
  /** Defaults to "#main-content" (the id `MainWrapper` renders). */
  href?: string;
  /** Defaults to "Skip to main content". */
  children?: ReactNode;
};

/** GOV.UK skip link: the first focusable thing on every page, visible when focused. */
export function SkipLink({ href = "#main-content", children = "Skip to main content" }: SkipLinkProps) {
  return (
    <a href={href} className="govuk-skip-link" data-module="govuk-skip-link">
      {children}
    </a>
  );
}
