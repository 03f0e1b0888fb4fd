import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BackLink, InsetText, SummaryList, Table, Tag } from "@/components";
import { requireActor } from "@/lib/auth/session.ts";
import { getYearOnYear } from "@/lib/db/national.ts";
import { NotFoundError } from "@/lib/db/errors.ts";
import { CHANGE_LABELS } from "@/lib/review/diff.ts";
import { JUDGEMENT_CHANGE_LABELS, type AssessmentBrief, type JudgementMove } from "@/lib/national/year-on-year.ts";
import { STATUS_COLOURS } from "@/lib/assessments/status.ts";
import { plural } from "@/lib/format.ts";
import { CycleChoice } from "./cycle-choice.tsx";
import { JudgementTag } from "../../_components/judgement-tag.tsx";
import "../../_components/national.css";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

async function load({ params, searchParams }: Props) {
  const [{ slug }, query, actor] = await Promise.all([params, searchParams, requireActor()]);
  try {
    return await getYearOnYear(actor, slug, { from: one(query.from), to: one(query.to) });
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const yoy = await load(props);
  return { title: `Year on year: ${yoy.force.name}` };
}

const move = (m: JudgementMove) => `${m.beforeText} to ${m.afterText} (${JUDGEMENT_CHANGE_LABELS[m.change].toLowerCase()})`;

function ReportLink({ a, force }: { a: AssessmentBrief; force: string }) {
  return (
    <Link className="govuk-link" href={`/assessments/${a.id}/report`}>
      {a.cycle.name} report<span className="govuk-visually-hidden"> for {force}</span>
    </Link>
  );
}

export default async function YearOnYearPage(props: Props) {
  const yoy = await load(props);
  const { force, comparison: c } = yoy;
  return (
    <>
      <BackLink href="/national">Back to the national view</BackLink>
      <span className="govuk-caption-l">{force.name}</span>
      <h1 className="govuk-heading-l">Year on year</h1>
      <Table
        scrollable
        className="app-national-table"
        caption="Health checks the inspectorate has received"
        captionSize="m"
        firstCellIsHeader
        head={["Cycle", "Status", "Judgement", "Report"]}
        rows={yoy.assessments.map((a) => [
          a.cycle.name,
          <Tag key="s" colour={STATUS_COLOURS[a.status]}>
            {a.statusText}
          </Tag>,
          a.judgementText,
          <ReportLink key="r" a={a} force={force.name} />,
        ])}
      />
      {!c ? (
        <InsetText>{force.name} needs health checks in two cycles before they can be compared.</InsetText>
      ) : (
        <>
          {yoy.assessments.length > 2 ? <CycleChoice yoy={yoy} /> : null}
          <h2 className="govuk-heading-l">
            {c.from.cycle.name} compared with {c.to.cycle.name}
          </h2>
          <SummaryList
            rows={[
              { key: "Overall judgement", value: move(c.judgement) },
              { key: "Answers that changed", value: String(c.changed) },
              { key: "Answers that stayed the same", value: String(c.unchanged) },
            ]}
          />
          <Table
            scrollable
            className="app-national-table"
            caption="Section judgements"
            captionSize="m"
            firstCellIsHeader
            head={[{ content: "Section", className: "govuk-!-width-one-third" }, c.from.cycle.name, c.to.cycle.name, "Change"]}
            rows={c.sections.map((s) => [
              `${s.code}. ${s.title}`,
              <JudgementTag key="b" judgement={s.judgement.before} />,
              <JudgementTag key="a" judgement={s.judgement.after} />,
              JUDGEMENT_CHANGE_LABELS[s.judgement.change],
            ])}
          />
          <h2 className="govuk-heading-l">What changed, section by section</h2>
          {c.sections.map((s) => (
            <section key={s.code} aria-labelledby={`section-${s.code}`}>
              <h3 className="govuk-heading-m" id={`section-${s.code}`}>
                {s.code}. {s.title}
              </h3>
              {s.changes.length === 0 ? (
                <p className="govuk-body">No answers changed ({plural(s.unchanged, "answer")} the same).</p>
              ) : (
                <Table
                  scrollable
                  className="app-national-table"
                  caption={`${plural(s.changes.length, "changed answer")} in section ${s.code}; ${s.unchanged} the same`}
                  captionSize="s"
                  firstCellIsHeader
                  head={[{ content: "Question", className: "govuk-!-width-one-half" }, c.from.cycle.name, c.to.cycle.name, "Change"]}
                  rows={s.changes.map((ch) => [`${ch.code}. ${ch.prompt}`, ch.before ?? "Not answered", ch.after ?? "Not answered", CHANGE_LABELS[ch.kind]])}
                />
              )}
            </section>
          ))}
        </>
      )}
    </>
  );
}
