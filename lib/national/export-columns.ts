import type { ExportColumn, ExportTable } from "@/lib/export/columns.ts";
import type { CountFigure, NationalModel, NationalRow, NumberFigure, PolicyRow } from "./types.ts";
import { POLICY_STATUS_COLUMNS } from "./labels.ts";

// The national view as files: the force × section table (CSV and the first Excel sheet), then
// the totals and policy counts as further Excel sheets. Status and judgement are in words, since
// a spreadsheet has no heatmap colour to lean on.

export const NO_SUBMISSION = "Nothing submitted";

export function nationalTable(model: NationalModel): ExportTable<NationalRow> {
  const cycle = model.cycle?.name ?? "";
  const sectionColumns = model.sections.flatMap(({ code, title }, i): ExportColumn<NationalRow>[] => [
    { header: `${code} ${title}: status`, value: (r) => r.cells[i]?.statusText ?? "", width: 16 },
    { header: `${code} ${title}: judgement`, value: (r) => (r.assessment ? r.cells[i]?.judgementText : "") ?? "", width: 16 },
  ]);
  return {
    title: "National view",
    columns: [
      { header: "Force", value: (r) => r.force.name, width: 32 },
      { header: "Region", value: (r) => r.force.region, width: 20 },
      { header: "Cycle", value: () => cycle, width: 16 },
      { header: "Reference", value: (r) => r.assessment?.reference ?? "", width: 18 },
      { header: "Status", value: (r) => r.assessment?.statusText ?? NO_SUBMISSION, width: 20 },
      { header: "Judgement", value: (r) => r.assessment?.judgementText ?? "", width: 18 },
      ...sectionColumns,
    ],
    rows: model.rows,
  };
}

type FigureRow = NumberFigure | CountFigure;

export function figuresTable(model: NationalModel): ExportTable<FigureRow> {
  return {
    title: "Totals and medians",
    columns: [
      { header: "Figure", value: (f) => f.label, width: 70 },
      { header: "Total or forces", value: (f) => (f.kind === "number" ? f.total : f.forces), width: 16 },
      { header: "Median per force", value: (f) => (f.kind === "number" ? f.median : null), width: 16 },
      { header: "Forces counted", value: (f) => (f.kind === "number" ? f.forces : f.of), width: 16 },
      { header: "Published national figure", value: (f) => f.published, width: 36 },
    ],
    rows: [...model.numbers, ...model.counts],
  };
}

export function policiesTable(model: NationalModel): ExportTable<PolicyRow> {
  return {
    title: "Policies",
    columns: [
      { header: "Policy", value: (p) => p.label, width: 34 },
      ...POLICY_STATUS_COLUMNS.map(({ status, label }): ExportColumn<PolicyRow> => ({ header: label, value: (p) => p.counts[status] ?? 0, width: 18 })),
      { header: "Not answered", value: (p) => p.notAnswered, width: 14 },
    ],
    rows: model.policies,
  };
}
