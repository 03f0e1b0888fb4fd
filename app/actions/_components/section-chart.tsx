import { Table } from "@/components";
import { OPEN_STATUSES } from "@/lib/actions/rag.ts";
import type { ActionDashboard } from "@/lib/actions/types.ts";
import { plural } from "@/lib/format.ts";
import { trackerHref } from "./tracker-href.ts";

type Row = ActionDashboard["bySection"][number];

const outstandingHref = (sectionCode: string) => trackerHref({ section: [sectionCode], status: [...OPEN_STATUSES] });
const ragHref = (sectionCode: string, rag: "red" | "amber" | "green") => trackerHref({ section: [sectionCode], rag: [rag] });

function NumberLink({ n, href, what }: { n: number; href: string; what: string }) {
  return (
    <a className="govuk-link" href={href}>
      {n}
      <span className="govuk-visually-hidden"> {what}</span>
    </a>
  );
}

/**
 * Outstanding actions per section: a bar chart whose every bar is also said in words, and the
 * same figures as a table beside it with each number linking to the tracker filtered to it.
 */
export function SectionChart({ rows, headingId = "by-section" }: { rows: readonly Row[]; headingId?: string }) {
  const shown = rows.filter((r) => r.outstanding > 0);
  const max = Math.max(1, ...shown.map((r) => r.outstanding));
  if (shown.length === 0) return <p className="govuk-body">No section has outstanding actions.</p>;
  return (
    <>
      <figure className="govuk-!-margin-0 govuk-!-margin-bottom-6" aria-labelledby={`${headingId}-chart`}>
        <figcaption className="govuk-body govuk-!-font-weight-bold" id={`${headingId}-chart`}>
          Chart: outstanding actions by section
        </figcaption>
        <p className="govuk-body-s">
          <span className="app-bar-chart__key app-bar-chart__fill--overdue" aria-hidden="true" />
          Hatched part: overdue.{" "}
          <span className="app-bar-chart__key app-bar-chart__fill" aria-hidden="true" />
          Solid part: not yet due.
        </p>
        <ul className="app-bar-chart">
          {shown.map((r) => (
            <li key={r.sectionCode} className="app-bar-chart__item">
              <p className="govuk-body app-bar-chart__label">
                <a className="govuk-link" href={outstandingHref(r.sectionCode)}>
                  {r.sectionCode}. {r.title}
                </a>
                : {plural(r.outstanding, "outstanding action")}
                {r.red > 0 ? `, ${r.red} overdue` : ""}
              </p>
              <div className="app-bar-chart__track" aria-hidden="true">
                <span className="app-bar-chart__fill app-bar-chart__fill--overdue" style={{ width: `${(100 * r.red) / max}%` }} />
                <span className="app-bar-chart__fill" style={{ width: `${(100 * (r.outstanding - r.red)) / max}%` }} />
              </div>
            </li>
          ))}
        </ul>
      </figure>
      <p className="govuk-body">The same figures with the RAG of each outstanding action:</p>
      <Table
        caption={<span className="govuk-visually-hidden">Outstanding actions by section and RAG</span>}
        scrollLabel="Outstanding actions by section and RAG"
        scrollable
        firstCellIsHeader
        numericColumns={[1, 2, 3, 4]}
        head={["Section", "Outstanding", "Overdue", "Due soon", "On track"]}
        rows={shown.map((r) => [
          `${r.sectionCode}. ${r.title}`,
          <NumberLink key="o" n={r.outstanding} href={outstandingHref(r.sectionCode)} what={`outstanding in section ${r.sectionCode}`} />,
          <NumberLink key="r" n={r.red} href={ragHref(r.sectionCode, "red")} what={`overdue in section ${r.sectionCode}`} />,
          <NumberLink key="a" n={r.amber} href={ragHref(r.sectionCode, "amber")} what={`due soon in section ${r.sectionCode}`} />,
          <NumberLink key="g" n={r.green} href={ragHref(r.sectionCode, "green")} what={`on track in section ${r.sectionCode}`} />,
        ])}
      />
    </>
  );
}
