import type { ReactNode } from "react";
import { cx, type HeadingLevel } from "./utils";

export type SummaryListAction = {
  href: string;
  /** Usually "Change". */
  text: ReactNode;
  /** Completes the link text for screen readers, e.g. "date of birth" → "Change date of birth". */
  visuallyHiddenText?: string;
};

export type SummaryListRow = {
  key: ReactNode;
  value: ReactNode;
  actions?: readonly SummaryListAction[];
  className?: string;
};

export type SummaryListCard = {
  title: ReactNode;
  /** Defaults to 2. */
  headingLevel?: Exclude<HeadingLevel, 1>;
  actions?: readonly SummaryListAction[];
};

export type SummaryListProps = {
  rows: readonly SummaryListRow[];
  noBorder?: boolean;
  /** Wraps the list in a summary card with a title (and optional card-level actions). */
  card?: SummaryListCard;
  className?: string;
};

function ActionLink({ action, cardTitle }: { action: SummaryListAction; cardTitle?: ReactNode }) {
  const hidden = action.visuallyHiddenText || cardTitle;
  return (
    <a className="govuk-link" href={action.href}>
      {action.text}
      {hidden ? (
        <span className="govuk-visually-hidden">
          {action.visuallyHiddenText ? ` ${action.visuallyHiddenText}` : null}
          {cardTitle ? <> ({cardTitle})</> : null}
        </span>
      ) : null}
    </a>
  );
}

function Actions({ actions, cardTitle, listClass, itemClass }: {
  actions: readonly SummaryListAction[];
  cardTitle?: ReactNode;
  listClass: string;
  itemClass: string;
}) {
  if (actions.length === 1 && actions[0]) return <ActionLink action={actions[0]} cardTitle={cardTitle} />;
  return (
    <ul className={listClass}>
      {actions.map((action, i) => (
        <li key={`${action.href}-${i}`} className={itemClass}>
          <ActionLink action={action} cardTitle={cardTitle} />
        </li>
      ))}
    </ul>
  );
}

/** GOV.UK summary list (check answers, record details), optionally inside a summary card. */
export function SummaryList({ rows, noBorder, card, className }: SummaryListProps) {
  const anyRowHasActions = rows.some((row) => (row.actions?.length ?? 0) > 0);
  const list = (
    <dl className={cx("govuk-summary-list", noBorder && "govuk-summary-list--no-border", className)}>
      {rows.map((row, index) => {
        const actions = row.actions ?? [];
        return (
          <div
            key={index}
            className={cx(
              "govuk-summary-list__row",
              anyRowHasActions && actions.length === 0 && "govuk-summary-list__row--no-actions",
              row.className,
            )}
          >
            <dt className="govuk-summary-list__key">{row.key}</dt>
            <dd className="govuk-summary-list__value">{row.value}</dd>
            {actions.length > 0 ? (
              <dd className="govuk-summary-list__actions">
                <Actions
                  actions={actions}
                  cardTitle={card?.title}
                  listClass="govuk-summary-list__actions-list"
                  itemClass="govuk-summary-list__actions-list-item"
                />
              </dd>
            ) : null}
          </div>
        );
      })}
    </dl>
  );
  if (!card) return list;

  const Heading = `h${card.headingLevel ?? 2}` as const;
  const cardActions = card.actions ?? [];
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <Heading className="govuk-summary-card__title">{card.title}</Heading>
        {cardActions.length === 1 && cardActions[0] ? (
          <div className="govuk-summary-card__actions">
            <ActionLink action={cardActions[0]} cardTitle={card.title} />
          </div>
        ) : cardActions.length > 1 ? (
          <Actions
            actions={cardActions}
            cardTitle={card.title}
            listClass="govuk-summary-card__actions"
            itemClass="govuk-summary-card__action"
          />
        ) : null}
      </div>
      <div className="govuk-summary-card__content">{list}</div>
    </div>
  );
}
