import { Table } from "@/components";
import { POLICY_STATUS_COLUMNS } from "@/lib/national/labels.ts";
import type { NationalModel } from "@/lib/national/types.ts";
import { plural } from "@/lib/format.ts";

const numberFormat = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });
const figure = (n: number | null) => (n === null ? "None given" : numberFormat.format(n));

/** Totals and medians of the counts forces gave, then how many forces say yes to each measure. */
export function Figures({ model }: { model: NationalModel }) {
  const counted = plural(model.totals.counted, "submitted or accepted health check");
  const showPublished = [...model.numbers, ...model.counts].some((f) => f.published);
  const published = (p: string | null) => (showPublished ? [p ?? ""] : []);
  return (
    <>
      <h2 className="govuk-heading-l" id="figures">
        Totals and medians
      </h2>
      <p className="govuk-body">
        Added up across {counted} in view. Health checks returned to their force are left out until the force sends them back. A median is the
        middle value across the forces that gave the figure.
      </p>
      <Table
        scrollable
        className="app-national-table"
        caption="Counts forces gave for the reporting period"
        captionSize="m"
        firstCellIsHeader
        numericColumns={[1, 2, 3]}
        head={["Figure", "Total", "Median per force", "Forces that gave it", ...(showPublished ? ["Published national figure"] : [])]}
        rows={model.numbers.map((f) => [f.label, figure(f.total), figure(f.median), String(f.forces), ...published(f.published)])}
      />
      <Table
        scrollable
        className="app-national-table"
        caption="Status of the four policies, by number of forces"
        captionSize="m"
        firstCellIsHeader
        numericColumns={[1, 2, 3, 4, 5]}
        head={["Policy", ...POLICY_STATUS_COLUMNS.map((c) => c.label), "Not answered"]}
        rows={model.policies.map((p) => [p.label, ...POLICY_STATUS_COLUMNS.map((c) => String(p.counts[c.status] ?? 0)), String(p.notAnswered)])}
      />
      <Table
        scrollable
        className="app-national-table"
        caption="Forces by what they have in place"
        captionSize="m"
        firstCellIsHeader
        numericColumns={[1]}
        head={["Forces that…", "Forces", ...(showPublished ? ["Published national figure"] : [])]}
        rows={model.counts.map((f) => [f.label, `${f.forces} of ${f.of}`, ...published(f.published)])}
      />
    </>
  );
}
