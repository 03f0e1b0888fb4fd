import type { ReactNode } from "react";
import type { Rag } from "./Tag";
import { cx } from "./utils";

export type KeyFigureProps = {
  /** The number, e.g. 12 or "87%". */
  value: ReactNode;
  /** What it counts, e.g. "open actions". Read together with the value. */
  label: ReactNode;
  /** Makes value and label one link (e.g. to the filtered list). */
  href?: string;
  /** Context under the figure, e.g. "3 overdue". Not part of the link. */
  hint?: ReactNode;
  /** Colours the left bar; decorative, so say the status in `label` or `hint` too. */
  rag?: Rag;
  className?: string;
};

/** A dashboard statistic: a big number with its label, optionally linking to the detail. */
export function KeyFigure({ value, label, href, hint, rag, className }: KeyFigureProps) {
  const figure = (
    <>
      <span className="app-key-figure__value">{value}</span> <span className="app-key-figure__label">{label}</span>
    </>
  );
  return (
    <div className={cx("app-key-figure", rag && `app-key-figure--${rag}`, className)}>
      {href ? (
        <a className="govuk-link app-key-figure__link" href={href}>
          {figure}
        </a>
      ) : (
        <p className="app-key-figure__text">{figure}</p>
      )}
      {hint ? <p className="app-key-figure__hint">{hint}</p> : null}
    </div>
  );
}
