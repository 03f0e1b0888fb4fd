import { KeyFigure } from "@/components";
import { OPEN_STATUSES } from "@/lib/actions/rag.ts";
import type { ActionDashboard, ActionSummary } from "@/lib/actions/types.ts";
import { plural } from "@/lib/format.ts";
import { SectionChart } from "@/app/actions/_components/section-chart.tsx";
import { ActionList } from "@/app/actions/_components/action-list.tsx";
import { trackerHref } from "@/app/actions/_components/tracker-href.ts";

const OUTSTANDING = trackerHref({ status: [...OPEN_STATUSES] });

/** A short list of actions with a link to all of them in the tracker, or a sentence when there are none. */
function ActionShortList({ id, title, rows, total, href, none }: { id: string; title: string; rows: ActionSummary[]; total: number; href: string; none: string }) {
  return (
    <section aria-labelledby={id} className="govuk-!-margin-bottom-8">
      <h3 className="govuk-heading-m" id={id}>
        {title}
      </h3>
      {rows.length === 0 ? (
        <p className="govuk-body">{none}</p>
      ) : (
        <>
          <ActionList rows={rows} label={title} />
          <p className="govuk-body">
            <a className="govuk-link" href={href}>
              {total > rows.length ? `View all ${total}` : "View them in the tracker"}
              <span className="govuk-visually-hidden"> ({title.toLowerCase()})</span>
            </a>
          </p>
        </>
      )}
    </section>
  );
}

/** The chief officer's view of their force's action plan; every number opens the tracker filtered to it. */
export function ActionDashboardView({ d }: { d: ActionDashboard }) {
  const { byRag, byStatus, total } = d.totals;
  const outstanding = byRag.red + byRag.amber + byRag.green;
  const done = byRag.done;
  return (
    <section aria-labelledby="actions-heading">
      <h2 className="govuk-heading-l" id="actions-heading">
        Your force&rsquo;s actions
      </h2>
      {total === 0 ? (
        <p className="govuk-body">
          Your force has not raised any actions yet. <a className="govuk-link" href="/actions">Go to the action tracker</a>
        </p>
      ) : (
        <>
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-one-third">
              <KeyFigure value={outstanding} label={outstanding === 1 ? "outstanding action" : "outstanding actions"} href={OUTSTANDING} hint={`of ${plural(total, "action")} in all`} />
            </div>
            <div className="govuk-grid-column-one-third">
              <KeyFigure value={byRag.red} label="overdue" href={trackerHref({ rag: ["red"] })} rag="red" hint="Past their due date" />
            </div>
            <div className="govuk-grid-column-one-third">
              <KeyFigure value={byRag.amber} label="due in the next 30 days" href={trackerHref({ rag: ["amber"] })} rag="amber" hint="Including today" />
            </div>
          </div>
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-one-third">
              <KeyFigure value={`${d.percentComplete}%`} label="complete" href={trackerHref({ rag: ["done"] })} rag="green" hint={`${done} of ${total} completed or closed`} />
            </div>
            <div className="govuk-grid-column-one-third">
              <KeyFigure value={byStatus.COMPLETED} label="waiting for you to verify" href={trackerHref({ status: ["COMPLETED"] })} hint="Completed, not yet closed" />
            </div>
            <div className="govuk-grid-column-one-third">
              <KeyFigure value={byStatus.CLOSED} label="closed" href={trackerHref({ status: ["CLOSED"] })} hint="Verified by a chief officer" />
            </div>
          </div>

          <section aria-labelledby="by-section" className="govuk-!-margin-bottom-8">
            <h3 className="govuk-heading-m" id="by-section">
              Outstanding actions by section
            </h3>
            <SectionChart rows={d.bySection} />
          </section>

          <ActionShortList id="awaiting" title="Completed, waiting for your verification" rows={d.awaitingVerification} total={byStatus.COMPLETED} href={trackerHref({ status: ["COMPLETED"] })} none="No completed actions are waiting for you." />
          <ActionShortList id="overdue" title="Overdue actions" rows={d.overdue} total={byRag.red} href={trackerHref({ rag: ["red"] })} none="No actions are overdue." />
          <ActionShortList id="due-soon" title="Due in the next 30 days" rows={d.dueSoon} total={byRag.amber} href={trackerHref({ rag: ["amber"] })} none="No actions fall due in the next 30 days." />
          <ActionShortList id="recently-closed" title="Closed in the last 30 days" rows={d.recentlyClosed} total={d.recentlyClosed.length} href={trackerHref({ status: ["CLOSED"], sort: "-updated" })} none="No actions were closed in the last 30 days." />
        </>
      )}
    </section>
  );
}
