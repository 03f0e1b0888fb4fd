import type { ReactNode } from "react";
import { cx } from "./utils";

/** govuk-frontend 6 tag colours ("blue" is the default, with no modifier). */
export type TagColour =
  | "blue"
  | "grey"
  | "green"
  | "turquoise"
  | "teal"
  | "purple"
  | "pink"
  | "magenta"
  | "red"
  | "orange"
  | "yellow";

/** Red/amber/green status (plus "done"); styled by `.app-rag--*` in app/theme.css. */
export type Rag = "red" | "amber" | "green" | "done";

export type TagProps = {
  /** The status in words: colour is never the only cue. */
  children: ReactNode;
  colour?: TagColour;
  /** RAG styling; wins over `colour`. Say the status in the text too ("Red: overdue"). */
  rag?: Rag;
  id?: string;
  className?: string;
};

export function tagClassName(colour?: TagColour, rag?: Rag, className?: string): string {
  return cx(
    "govuk-tag",
    rag ? `app-rag app-rag--${rag}` : colour && colour !== "blue" && `govuk-tag--${colour}`,
    className,
  );
}

/** GOV.UK tag: a short status label. */
export function Tag({ children, colour, rag, id, className }: TagProps) {
  return (
    <strong id={id} className={tagClassName(colour, rag, className)}>
      {children}
    </strong>
  );
}
