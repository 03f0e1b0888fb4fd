import type { ReactNode } from "react";
import { cx } from "./utils";

export type HintProps = {
  /** Referenced by the field's `aria-describedby`. */
  id?: string;
  children: ReactNode;
  className?: string;
};

/** GOV.UK hint text. Render it before the field and point `aria-describedby` at its id. */
export function Hint({ id, children, className }: HintProps) {
  return (
    <div id={id} className={cx("govuk-hint", className)}>
      {children}
    </div>
  );
}
