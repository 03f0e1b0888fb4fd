import type { ReactNode } from "react";
import { cx } from "./utils";

export type WidthContainerProps = { children: ReactNode; className?: string };

/** Centres content at the GOV.UK page width (960px) with side margins. */
export function WidthContainer({ children, className }: WidthContainerProps) {
  return <div className={cx("govuk-width-container", className)}>{children}</div>;
}
