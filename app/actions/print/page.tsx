import type { Metadata } from "next";
import { BackLink } from "@/components";
import { actionFiltersQuery } from "@/lib/actions/filters.ts";
import { listActionsForExport } from "@/lib/db/actions.ts";
import { formatDateTime, plural } from "@/lib/format.ts";
import { describeFilters } from "../_components/filter-summary.ts";
import { TrackerTable } from "../_components/tracker-table.tsx";
import { filterOptions, scopeCaption, trackerRequest, type SearchParams } from "../load.ts";

export const metadata: Metadata = { title: "Actions: print view" };

/** Every action of the tracker's current view on one page, laid out for paper (see app/widgets.css). */
export default async function PrintView({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { actor, filters } = await trackerRequest(await searchParams);
  const [rows, options] = await Promise.all([listActionsForExport(actor, filters), filterOptions(actor)]);
  return (
    <>
      <BackLink href={`/actions${actionFiltersQuery(filters)}`}>Back to the tracker</BackLink>
      <span className="govuk-caption-l">{scopeCaption(actor, filters, options.forces)}</span>
      <h1 className="govuk-heading-l">Actions</h1>
      <p className="govuk-body">
        {plural(rows.length, "action")}, as at {formatDateTime(new Date())}.
      </p>
      <ul className="govuk-list govuk-list--bullet">
        {describeFilters(filters, options).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="govuk-body app-no-print">Use your browser&rsquo;s print command to print this page or save it as a PDF.</p>
      {rows.length > 0 ? (
        <div className="app-print-table">
          <TrackerTable rows={rows} caption="Actions" showForce={actor.role === "INSPECTOR"} />
        </div>
      ) : (
        <p className="govuk-body">No actions match these filters.</p>
      )}
    </>
  );
}
