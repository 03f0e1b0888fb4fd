import type { ReactNode } from "react";
import { cx } from "./utils";

export type ButtonGroupProps = { children: ReactNode; className?: string };

/** Lays out buttons (and a secondary link) side by side, stacking on small screens. */
export function ButtonGroup({ children, className }: ButtonGroupProps) {
  return <div className={cx("govuk-button-group", className)}>{children}</div>;
}
