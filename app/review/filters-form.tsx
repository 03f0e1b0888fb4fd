import { Button, Checkboxes, Select } from "@/components";
import { REVIEW_STATUSES, REVIEW_STATUS_LABELS, type ReviewFilters } from "@/lib/review/queue.ts";

type Props = { filters: ReviewFilters; options: { regions: string[]; cycles: { slug: string; name: string }[] } };

/** A plain GET form: the filters go in the URL, so it works without JavaScript and can be bookmarked. */
export function ReviewFiltersForm({ filters, options }: Props) {
  return (
    <form method="get" action="/review" className="govuk-!-margin-bottom-6" aria-labelledby="filters-heading">
      <h2 className="govuk-heading-m" id="filters-heading">
        Filter assessments
      </h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Select
            id="region"
            label="Region"
            defaultValue={filters.region ?? ""}
            items={[{ value: "", text: "Any region" }, ...options.regions.map((r) => ({ value: r, text: r }))]}
          />
          <Select
            id="cycle"
            label="Cycle"
            defaultValue={filters.cycle ?? ""}
            items={[{ value: "", text: "Any cycle" }, ...options.cycles.map((c) => ({ value: c.slug, text: c.name }))]}
          />
        </div>
        <div className="govuk-grid-column-two-thirds">
          <Checkboxes
            name="status"
            legend="Status"
            legendSize="s"
            hint="Leave all unticked to see every status."
            small
            values={filters.status}
            items={REVIEW_STATUSES.map((s) => ({ value: s, label: REVIEW_STATUS_LABELS[s] }))}
          />
        </div>
      </div>
      <div className="govuk-button-group">
        <Button type="submit" variant="secondary">
          Apply filters
        </Button>
        <a className="govuk-link" href="/review">
          Clear filters
        </a>
      </div>
    </form>
  );
}
