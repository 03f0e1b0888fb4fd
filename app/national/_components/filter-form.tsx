import { Button, Select } from "@/components";
import type { NationalModel } from "@/lib/national/types.ts";

/** Cycle and region as a plain GET form: the choice lands in the address, so it works without JavaScript. */
export function NationalFilterForm({ model }: { model: NationalModel }) {
  return (
    <form method="get" action="/national" className="app-filter app-no-print" aria-labelledby="filter-heading" role="search">
      <h2 className="govuk-heading-m" id="filter-heading">
        Choose what to show
      </h2>
      <div className="app-filter__groups">
        <Select id="cycle" label="Cycle" labelSize="s" defaultValue={model.filters.cycle ?? ""} items={model.cycles.map((c) => ({ value: c.slug, text: c.name }))} />
        <Select
          id="region"
          label="Region"
          labelSize="s"
          defaultValue={model.filters.region ?? ""}
          items={[{ value: "", text: "All regions" }, ...model.regions.map((r) => ({ value: r, text: r }))]}
        />
      </div>
      <div className="app-filter__actions">
        <Button type="submit" variant="secondary">
          Show
        </Button>
        <p className="govuk-body">
          <a className="govuk-link" href="/national">
            Reset to the latest cycle and all regions
          </a>
        </p>
      </div>
    </form>
  );
}
