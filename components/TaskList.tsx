import type { ReactNode } from "react";
import { Tag, type Rag, type TagColour } from "./Tag";
import { cx } from "./utils";

export type TaskListStatus = {
  text: ReactNode;
  /** Shows the status as a tag of this colour (e.g. "blue" for "Incomplete"); plain text without one. */
  colour?: TagColour;
  rag?: Rag;
  /** Grey text for "Cannot start yet". */
  cannotStartYet?: boolean;
};

export type TaskListItem = {
  title: ReactNode;
  /** Without a link the task cannot be started yet. */
  href?: string;
  hint?: ReactNode;
  status: TaskListStatus;
  className?: string;
};

export type TaskListProps = {
  items: readonly TaskListItem[];
  /** Prefix of the hint and status ids; defaults to "task-list". Make it unique per list on a page. */
  idPrefix?: string;
  className?: string;
};

/** GOV.UK task list ("Complete multiple tasks"): each task links to its pages and shows a status. */
export function TaskList({ items, idPrefix = "task-list", className }: TaskListProps) {
  return (
    <ul className={cx("govuk-task-list", className)}>
      {items.map((item, i) => {
        const hintId = `${idPrefix}-${i + 1}-hint`;
        const statusId = `${idPrefix}-${i + 1}-status`;
        const { status } = item;
        return (
          <li
            key={i}
            className={cx("govuk-task-list__item", item.href && "govuk-task-list__item--with-link", item.className)}
          >
            <div className="govuk-task-list__name-and-hint">
              {item.href ? (
                <a
                  className="govuk-link govuk-task-list__link"
                  href={item.href}
                  aria-describedby={item.hint ? `${hintId} ${statusId}` : statusId}
                >
                  {item.title}
                </a>
              ) : (
                <div>{item.title}</div>
              )}
              {item.hint ? (
                <div id={hintId} className="govuk-task-list__hint">
                  {item.hint}
                </div>
              ) : null}
            </div>
            <div
              className={cx(
                "govuk-task-list__status",
                status.cannotStartYet && "govuk-task-list__status--cannot-start-yet",
              )}
              id={statusId}
            >
              {status.colour || status.rag ? (
                <Tag colour={status.colour} rag={status.rag}>
                  {status.text}
                </Tag>
              ) : (
                status.text
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
