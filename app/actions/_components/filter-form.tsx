import { Button, Checkboxes, Select, TextInput } from "@/components";
import { ACTION_STATUSES, ACTION_STATUS_LABELS, DUE_SOON_DAYS, RAGS, RAG_LABELS } from "@/lib/actions/rag.ts";
import { PAGE_SIZES, PRIORITIES, PRIORITY_LABELS, type ActionFilters, type ActionSort } from "@/lib/actions/filters.ts";

export type FilterOptions = {
  sections: readonly { code: string; title: string }[];
  owners: readonly { value: string; text: string }[];
  /** Inspectors only: the forces whose submitted actions they may read. */
  forces?: readonly { slug: string; name: string }[];
};

const RAG_HINTS: Record<(typeof RAGS)[number], string | undefined> = {
  red: "Past the due date",
  amber: `Due within ${DUE_SOON_DAYS} days`,
  green: `Due in more than ${DUE_SOON_DAYS} days`,
  done: "Completed or closed",
};

export const SORT_LABELS: Record<ActionSort, string> = {
  due: "Due date, soonest first",
  "-due": "Due date, latest first",
  priority: "Priority, highest first",
  "-priority": "Priority, lowest first",
  status: "Status, not started first",
  "-status": "Status, closed first",
  updated: "Last updated, oldest first",
  "-updated": "Last updated, newest first",
  title: "Title, A to Z",
  "-title": "Title, Z to A",
  reference: "Reference, first raised first",
  "-reference": "Reference, last raised first",
};

/** A group of small checkboxes; ticking several values of one filter matches any of them. */
function Choices({ name, legend, values, items }: { name: string; legend: string; values: readonly string[]; items: { value: string; label: string; hint?: string }[] }) {
  return <Checkboxes name={name} idPrefix={`filter-${name}`} legend={legend} legendSize="s" small values={values} items={items} />;
}

/**
 * The tracker's filters as a plain GET form: the browser puts every choice in the address, so the
 * view works without JavaScript and can be bookmarked. Applying filters starts again at page 1.
 */
export function FilterForm({ filters, options, action = "/actions" }: { filters: ActionFilters; options: FilterOptions; action?: string }) {
  return (
    <form method="get" action={action} className="app-filter app-no-print" aria-labelledby="filter-heading" role="search">
      <h2 className="govuk-heading-m" id="filter-heading">
        Filter actions
      </h2>
      <div className="app-filter__groups">
        <TextInput id="q" name="q" type="search" label="Search" labelSize="s" hint="Reference, title or description" defaultValue={filters.q ?? ""} spellCheck={false} />
        {options.forces ? (
          <Select
            id="force"
            label="Force"
            labelSize="s"
            defaultValue={filters.force ?? ""}
            items={[{ value: "", text: "All forces" }, ...options.forces.map((f) => ({ value: f.slug, text: f.name }))]}
          />
        ) : null}
        <Select
          id="section"
          label="Section"
          labelSize="s"
          defaultValue={filters.section[0] ?? ""}
          items={[{ value: "", text: "All sections" }, ...options.sections.map((s) => ({ value: s.code, text: `${s.code}. ${s.title}` }))]}
        />
        <Select id="owner" label="Owner" labelSize="s" defaultValue={filters.owner ?? ""} items={[{ value: "", text: "Anyone" }, ...options.owners]} />
        <Choices name="status" legend="Status" values={filters.status} items={ACTION_STATUSES.map((s) => ({ value: s, label: ACTION_STATUS_LABELS[s] }))} />
        <Choices name="rag" legend="RAG" values={filters.rag} items={RAGS.map((r) => ({ value: r, label: RAG_LABELS[r], hint: RAG_HINTS[r] }))} />
        <div>
          <Choices name="priority" legend="Priority" values={filters.priority} items={PRIORITIES.map((p) => ({ value: p, label: PRIORITY_LABELS[p] }))} />
          <Choices name="overdue" legend="Due date" values={filters.overdue ? ["1"] : []} items={[{ value: "1", label: "Only overdue actions" }]} />
        </div>
        <Select id="sort" label="Sort by" labelSize="s" defaultValue={filters.sort} items={Object.entries(SORT_LABELS).map(([value, text]) => ({ value, text }))} />
        <Select id="perPage" label="Actions per page" labelSize="s" defaultValue={String(filters.perPage)} items={PAGE_SIZES.map((n) => ({ value: String(n), text: String(n) }))} />
      </div>
      <div className="app-filter__actions">
        <Button type="submit" variant="secondary">
          Apply filters
        </Button>
        <p className="govuk-body">
          <a className="govuk-link" href={action}>
            Clear filters
          </a>
        </p>
      </div>
    </form>
  );
}
