import type { ReactNode } from "react";
import { cx } from "./utils";

export type InsetTextProps = { children: ReactNode; id?: string; className?: string };

/** GOV.UK inset text: a quote, example or note set apart from the text around it. */
export function InsetText({ children, id, className }: InsetTextProps) {
  return (
    <div id={id} className={cx("govuk-inset-text", className)}>
      {children}
    </div>
  );
}
