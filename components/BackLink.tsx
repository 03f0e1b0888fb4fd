import type { ReactNode } from "react";
import { cx } from "./utils";

export type BackLinkProps = {
  /** A real URL (not `javascript:history.back()`), so it works without JavaScript. */
  href: string;
  /** Defaults to "Back". */
  children?: ReactNode;
  /** For dark backgrounds. */
  inverse?: boolean;
  className?: string;
};

/** GOV.UK back link. Place it before `<main>` (inside the width container). */
export function BackLink({ href, children = "Back", inverse, className }: BackLinkProps) {
  return (
    <a href={href} className={cx("govuk-back-link", inverse && "govuk-back-link--inverse", className)}>
      {children}
    </a>
  );
}
