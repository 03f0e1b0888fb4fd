import type { ReactNode } from "react";
import { cx } from "./utils";

export type MainWrapperProps = {
  children: ReactNode;
  /** Defaults to "main-content", the skip link's target. */
  id?: string;
  /** "l" adds extra top padding (pages without a back link or breadcrumbs). */
  size?: "l";
  lang?: string;
  className?: string;
};

/** The page's `<main>` landmark. Put it inside a `WidthContainer` (or `.govuk-width-container`). */
export function MainWrapper({ children, id = "main-content", size, lang, className }: MainWrapperProps) {
  return (
    <main className={cx("govuk-main-wrapper", size && `govuk-main-wrapper--${size}`, className)} id={id} lang={lang}>
      {children}
    </main>
  );
}
