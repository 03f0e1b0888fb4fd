import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Button, Pagination } from "@/components";
import { actionFiltersQuery, type ActionFilters } from "@/lib/actions/filters.ts";
import { RAGS, RAG_LABELS } from "@/lib/actions/rag.ts";
import { EXPORT_LIMIT, listActions } from "@/lib/db/actions.ts";
import { plural } from "@/lib/format.ts";
import { FilterForm } from "./_components/filter-form.tsx";
import { TrackerTable } from "./_components/tracker-table.tsx";
import { trackerHref } from "./_components/tracker-href.ts";
import { canRaise, filterOptions, scopeCaption, sortedQuery, trackerRequest, type SearchParams } from "./load.ts";

export const metadata: Metadata = { title: "Actions" };

type Props = { searchParams: Promise<SearchParams> };

/** The view without its page, for the exports and the print view (they hold every matching row). */
const allPages = (f: ActionFilters): ActionFilters => ({ ...f, page: 1, perPage: 25 });
const isFiltered = (f: ActionFilters) => f.status.length + f.rag.length + f.priority.length + f.section.length > 0 || !!(f.owner || f.overdue || f.q || f.force);

/** The action tracker: filters, counts, a sortable table and pages, all in the address; no JavaScript needed. */
export default async function ActionsPage({ searchParams }: Props) {
  const params = await searchParams;
  const { actor, filters } = await trackerRequest(params);
  // One address per view: empty boxes and defaults are dropped, so links are short and shareable.
  const canonical = actionFiltersQuery(filters);
  if (sortedQuery(params) !== sortedQuery(new URLSearchParams(canonical))) redirect(`/actions${canonical}`);

  const [result, options] = await Promise.all([listActions(actor, filters), filterOptions(actor)]);
  const filtered = isFiltered(filters);
  const exportQuery = actionFiltersQuery(allPages(filters));
  const first = (result.page - 1) * result.perPage + 1;
  const last = first + result.rows.length - 1;
  return (
    <>
      <span className="govuk-caption-l">{scopeCaption(actor, filters, options.forces)}</span>
      <h1 className="govuk-heading-l">Actions</h1>
      {actor.role === "INSPECTOR" ? (
        <p className="govuk-body">You can read the actions of forces whose health check has reached the inspectorate. You cannot change them.</p>
      ) : null}
      {canRaise(actor) ? (
        <Button href="/actions/new" className="app-no-print">
          Raise an action
        </Button>
      ) : null}
      <FilterForm filters={filters} options={options} />

      <h2 className="govuk-heading-m" id="results">
        {plural(result.total, "action")}
        {filtered ? (result.total === 1 ? " matches your filters" : " match your filters") : ""}
      </h2>
      {result.total > 0 ? (
        <>
          <ul className="app-count-list govuk-body" aria-label="Matching actions by RAG">
            {RAGS.map((r) => (
              <li key={r}>
                <a className="govuk-link" href={trackerHref({ ...filters, rag: [r], page: 1 })}>
                  {RAG_LABELS[r]}: {result.counts.byRag[r]}
                </a>
              </li>
            ))}
          </ul>
          <p className="govuk-body app-no-print">
            Download these {plural(result.total, "action")}:{" "}
            <a className="govuk-link" href={`/actions/export/csv${exportQuery}`} download>
              CSV
            </a>
            {" | "}
            <a className="govuk-link" href={`/actions/export/xlsx${exportQuery}`} download>
              Excel (.xlsx)
            </a>
            {" | "}
            <a className="govuk-link" href={`/actions/print${exportQuery}`}>
              Print view
            </a>
            {result.total > EXPORT_LIMIT ? ` (the first ${EXPORT_LIMIT.toLocaleString("en-GB")} in this order: filter to fewer to get them all)` : ""}
          </p>
          <TrackerTable
            rows={result.rows}
            filters={filters}
            showForce={actor.role === "INSPECTOR"}
            caption={result.pageCount > 1 ? `Actions ${first} to ${last} of ${result.total}` : "Actions"}
          />
          <Pagination currentPage={result.page} totalPages={result.pageCount} baseHref={trackerHref({ ...filters, page: 1 })} landmarkLabel="Pages of actions" />
        </>
      ) : (
        <p className="govuk-body">
          {filtered ? (
            <>
              No actions match these filters.{" "}
              <a className="govuk-link" href="/actions">
                Clear the filters
              </a>
            </>
          ) : actor.role === "INSPECTOR" ? (
            "No force has actions on a health check that has reached the inspectorate yet."
          ) : (
            "Your force has not raised any actions yet."
          )}
        </p>
      )}
    </>
  );
}
