import Link from "next/link";
import { Table, Tag, type TableCell } from "@/components";
import { STATUS_COLOURS } from "@/lib/assessments/status.ts";
import { JudgementTag } from "./judgement-tag.tsx";
import type { CellTone, NationalModel, NationalRow } from "@/lib/national/types.ts";
import "./national.css";

const LEGEND: { tone: CellTone; text: string }[] = [
  { tone: "good", text: "Green: good progress" },
  { tone: "some", text: "Amber: some progress" },
  { tone: "limited", text: "Red: limited progress" },
  { tone: "unjudged", text: "White: no section judgement yet" },
];

export function HeatmapLegend() {
  return (
    <ul className="app-heat-legend govuk-body-s" aria-label="Key to the section colours">
      {LEGEND.map(({ tone, text }) => (
        <li key={tone}>
          <span className={`app-heat-legend__swatch app-heat--${tone}`} aria-hidden="true" />
          {text}
        </li>
      ))}
    </ul>
  );
}

function ForceHeader({ row }: { row: NationalRow }) {
  const { force, assessment } = row;
  return (
    <>
      {assessment ? (
        <Link className="govuk-link" href={`/assessments/${assessment.id}/report`}>
          {force.name}
          <span className="govuk-visually-hidden"> report</span>
        </Link>
      ) : (
        force.name
      )}
      {row.yearOnYear ? (
        <span className="app-heatmap__links">
          <Link className="govuk-link" href={`/national/forces/${force.slug}`}>
            Year on year<span className="govuk-visually-hidden"> for {force.name}</span>
          </Link>
        </span>
      ) : null}
    </>
  );
}

function cells(row: NationalRow, sectionCount: number): TableCell[] {
  const { assessment } = row;
  if (!assessment) {
    return [{ content: "Nothing submitted", colSpan: 3 + sectionCount, className: "app-heat--empty" }];
  }
  return [
    <Tag key="s" colour={STATUS_COLOURS[assessment.status]}>
      {assessment.statusText}
    </Tag>,
    <JudgementTag key="j" judgement={assessment.judgement} />,
    assessment.reference,
    ...row.cells.map((c) => ({
      className: `app-heat app-heat--${c.tone}`,
      content: (
        <>
          <span className="app-heat__judgement">{c.judgementText}</span>
          <span className="app-heat__status">{c.statusText}</span>
        </>
      ),
    })),
  ];
}

/** Every force in view against every section: status and judgement in words, shaded by judgement. */
export function Heatmap({ model }: { model: NationalModel }) {
  const where = model.filters.region ? `forces in the ${model.filters.region} region` : "all forces";
  const head: TableCell[] = [
    "Force",
    "Region",
    "Status",
    "Judgement",
    "Reference",
    ...model.sections.map((s) => (
      <span key={s.code}>
        {s.code}
        <span className="govuk-visually-hidden">: {s.title}</span>
      </span>
    )),
  ];
  const rows = model.rows.map((r) => [
    <ForceHeader key="f" row={r} />,
    { content: r.force.region, className: "app-heatmap__region" },
    ...cells(r, model.sections.length),
  ]);
  return (
    <Table
      scrollable
      scrollLabel="Forces by section (scrolls sideways)"
      className="app-national-table app-heatmap"
      caption={`${model.cycle?.name ?? "No cycle"}: ${where}, by section`}
      captionSize="m"
      head={head}
      rows={rows}
      firstCellIsHeader
    />
  );
}
