import { Button, Select } from "@/components";
import type { YearOnYear } from "@/lib/national/year-on-year.ts";

/** With three or more cycles: which two to compare, as a GET form that works without JavaScript. */
export function CycleChoice({ yoy }: { yoy: YearOnYear }) {
  const items = yoy.assessments.map((a) => ({ value: a.cycle.slug, text: a.cycle.name }));
  return (
    <form method="get" action={`/national/forces/${yoy.force.slug}`} className="app-filter app-no-print" aria-labelledby="compare-heading">
      <h2 className="govuk-heading-m" id="compare-heading">
        Choose the cycles to compare
      </h2>
      <div className="app-filter__groups">
        <Select id="from" label="Earlier cycle" labelSize="s" defaultValue={yoy.comparison?.from.cycle.slug} items={items} />
        <Select id="to" label="Later cycle" labelSize="s" defaultValue={yoy.comparison?.to.cycle.slug} items={items} />
      </div>
      <div className="app-filter__actions">
        <Button type="submit" variant="secondary">
          Compare
        </Button>
      </div>
    </form>
  );
}
