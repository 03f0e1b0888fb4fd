import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Details, InsetText, KeyFigure } from "@/components";
import { requireActor } from "@/lib/auth/session.ts";
import { getNationalView } from "@/lib/db/national.ts";
import { NotFoundError } from "@/lib/db/errors.ts";
import { nationalQuery } from "@/lib/national/filters.ts";
import { formatDate, plural } from "@/lib/format.ts";
import { NationalFilterForm } from "./_components/filter-form.tsx";
import { Heatmap, HeatmapLegend } from "./_components/heatmap.tsx";
import { Figures } from "./_components/figures.tsx";
import { JudgementChart } from "./_components/judgement-chart.tsx";

export const metadata: Metadata = { title: "National view" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(params: Record<string, string | string[] | undefined>) {
  const actor = await requireActor();
  try {
    return await getNationalView(actor, params);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}

export default async function NationalPage({ searchParams }: Props) {
  const model = await load(await searchParams);
  const query = nationalQuery(model.filters);
  const { totals } = model;
  const judged = model.rows.filter((r) => r.assessment?.judgement).length;
  return (
    <>
      <span className="govuk-caption-l">{model.filters.region ? `${model.filters.region} region` : "England and Wales"}</span>
      <h1 className="govuk-heading-l">National view</h1>
      {model.cycle ? (
        <p className="govuk-body">
          {model.cycle.name}: reporting period {formatDate(model.cycle.periodStart)} to {formatDate(model.cycle.periodEnd)}. Only health checks forces
          have submitted are shown; drafts never are.
        </p>
      ) : null}
      <NationalFilterForm model={model} />
      {!model.cycle ? (
        <InsetText>No assessment cycles have been set up yet.</InsetText>
      ) : (
        <>
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-one-half">
              <KeyFigure value={`${totals.withAssessment} of ${totals.forces}`} label="forces have submitted" hint={`${judged} judged by the inspectorate`} />
            </div>
            <div className="govuk-grid-column-one-half">
              <KeyFigure value={totals.counted} label={`${totals.counted === 1 ? "health check" : "health checks"} counted in the totals`} hint="Submitted or accepted" />
            </div>
          </div>
          <p className="govuk-body app-no-print">
            <a className="govuk-link" href={`/national/export/csv${query}`}>
              Download this table as CSV
            </a>
            {" · "}
            <a className="govuk-link" href={`/national/export/xlsx${query}`}>
              Download this table and the totals as Excel
            </a>
          </p>
          <h2 className="govuk-heading-l">Forces by section</h2>
          <p className="govuk-body">
            Each section shows the inspectorate&rsquo;s judgement, if given, and how far the force got. Force names link to their report.
          </p>
          <HeatmapLegend />
          <Details summary="What the section letters stand for">
            <ul className="govuk-list">
              {model.sections.map((s) => (
                <li key={s.code}>
                  {s.code}: {s.title}
                </li>
              ))}
            </ul>
          </Details>
          <Heatmap model={model} />
          <JudgementChart model={model} />
          {totals.counted === 0 ? (
            <>
              <h2 className="govuk-heading-l">Totals and medians</h2>
              <InsetText>No submitted or accepted health check is in view yet, so there is nothing to add up. {plural(totals.forces, "force")} in view.</InsetText>
            </>
          ) : (
            <Figures model={model} />
          )}
        </>
      )}
    </>
  );
}
