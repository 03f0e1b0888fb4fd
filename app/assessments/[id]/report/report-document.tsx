import { SummaryList, Table, Tag } from "@/components";
import type { Block } from "@/lib/reports/outline.ts";
import type { JudgementView } from "@/lib/reports/types.ts";

// The report outline as accessible HTML, in the shape of the published force reports. The PDF
// and the Word file render the same outline, so the three say the same things.

function JudgementTag({ judgement }: { judgement: JudgementView }) {
  return <Tag rag={judgement.rag}>{judgement.label}</Tag>;
}

const HEADING_CLASS = { 1: "govuk-heading-xl app-report__headline", 2: "govuk-heading-l app-report__section-heading", 3: "govuk-heading-m" } as const;

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case "caption":
      return <p className="govuk-caption-l app-report__caption">{block.text}</p>;
    case "heading": {
      const H = `h${block.level}` as const;
      return <H className={HEADING_CLASS[block.level]}>{block.text}</H>;
    }
    case "draft":
      return (
        <div className="app-report__draft">
          <p className="app-report__draft-title">{block.title}</p>
          <p className="govuk-body govuk-!-margin-bottom-0">{block.text}</p>
        </div>
      );
    case "meta":
      return (
        <SummaryList
          className="app-report__meta"
          rows={block.rows.map((r) => ({ key: r.key, value: r.judgement ? <JudgementTag judgement={r.judgement} /> : r.value }))}
        />
      );
    case "paragraph":
      return <p className="govuk-body">{block.text}</p>;
    case "list":
      return (
        <ul className="govuk-list govuk-list--bullet app-report__findings">
          {block.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      );
    case "quote":
      return (
        <figure className="app-report__quote">
          <figcaption className="app-report__quote-label">{block.label}</figcaption>
          <blockquote className="app-report__quote-text">
            {block.paragraphs.map((p, i) => (
              <p key={i} className="govuk-body">
                {p}
              </p>
            ))}
          </blockquote>
        </figure>
      );
    case "table":
      return (
        <Table
          caption={block.caption}
          captionSize="s"
          head={block.head}
          firstCellIsHeader
          rows={block.rows.map((r) => [r.cells[0], <JudgementTag key="j" judgement={r.judgement} />])}
        />
      );
  }
}

export function ReportDocument({ blocks, draft }: { blocks: Block[]; draft: boolean }) {
  return (
    <article className={draft ? "app-report app-report--draft app-watermark" : "app-report"} lang="en-GB">
      {draft ? (
        // Printed on every page; hidden on screen, where the notice at the top says the same.
        <p className="app-report__print-stamp" aria-hidden="true">
          DRAFT
        </p>
      ) : null}
      {blocks.map((block, i) => (
        <BlockView key={i} block={block} />
      ))}
    </article>
  );
}
