import { Table } from "@/components";
import type { JudgementBucket, NationalModel } from "@/lib/national/types.ts";
import { plural } from "@/lib/format.ts";
import "./national.css";

const FILL: Record<JudgementBucket["key"], string> = {
  GOOD_PROGRESS: "good",
  SOME_PROGRESS: "some",
  LIMITED_PROGRESS: "limited",
  NOT_JUDGED: "unjudged",
  NO_SUBMISSION: "none",
};

const percent = (n: number, of: number) => (of === 0 ? "0%" : `${Math.round((100 * n) / of)}%`);

/** The spread of judgements: bars that also say their numbers, then the same figures as a table. */
export function JudgementChart({ model }: { model: NationalModel }) {
  const total = model.totals.forces;
  const max = Math.max(1, ...model.judgements.map((b) => b.forces));
  return (
    <>
      <h2 className="govuk-heading-l" id="judgements">
        Judgements
      </h2>
      <figure className="govuk-!-margin-0 govuk-!-margin-bottom-6" aria-labelledby="judgement-chart">
        <figcaption className="govuk-body govuk-!-font-weight-bold" id="judgement-chart">
          Chart: forces by judgement ({plural(total, "force")} in view)
        </figcaption>
        <ul className="app-bar-chart">
          {model.judgements.map((b) => (
            <li key={b.key} className="app-bar-chart__item">
              <p className="govuk-body app-bar-chart__label">
                {b.label}: {plural(b.forces, "force")}
              </p>
              <div className="app-bar-chart__track" aria-hidden="true">
                <span className={`app-bar-chart__fill app-bar-chart__fill--${FILL[b.key]}`} style={{ width: `${(100 * b.forces) / max}%` }} />
              </div>
            </li>
          ))}
        </ul>
      </figure>
      <Table
        caption="Forces by judgement"
        captionSize="m"
        firstCellIsHeader
        numericColumns={[1, 2]}
        head={["Judgement", "Forces", "Share of forces in view"]}
        rows={model.judgements.map((b) => [b.label, String(b.forces), percent(b.forces, total)])}
      />
    </>
  );
}
