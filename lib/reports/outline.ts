import { STATUS_LABELS } from "@/lib/assessments/status.ts";
import { formatDateTime } from "@/lib/format.ts";
import type { ForceReport, JudgementView } from "./types.ts";

// The report as an ordered list of blocks. The web page, the PDF and the Word file all render
// this one list, so they say the same things in the same order.

export type MetaRow = { key: string; value: string; judgement?: JudgementView };

export type Block =
  | { kind: "caption"; text: string }
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "draft"; title: string; text: string }
  | { kind: "meta"; rows: MetaRow[] }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "quote"; label: string; paragraphs: string[] }
  | { kind: "table"; caption: string; head: [string, string]; rows: { cells: [string, string]; judgement: JudgementView }[] };

export const DRAFT_TITLE = "Draft report";

export function draftNotice(report: ForceReport): string {
  return `This report is a draft and may change. It becomes final when the inspectorate accepts ${report.force.name}'s health check. The health check's status is: ${STATUS_LABELS[report.status].toLowerCase()}.`;
}

export function reportOutline(report: ForceReport, generatedAt?: Date): Block[] {
  const blocks: Block[] = [
    { kind: "caption", text: `${report.force.name} · ${report.cycle.name} health check report` },
    { kind: "heading", level: 1, text: report.headline },
  ];
  if (report.isDraft) blocks.push({ kind: "draft", title: DRAFT_TITLE, text: draftNotice(report) });
  blocks.push({
    kind: "meta",
    rows: [
      { key: "Force", value: report.force.name },
      { key: "Region", value: report.force.region },
      { key: "Reporting period", value: report.period.text },
      { key: "Status", value: report.isDraft ? `Draft (${STATUS_LABELS[report.status].toLowerCase()})` : "Final (accepted by the inspectorate)" },
      report.judgement
        ? { key: "Judgement", value: report.judgement.label, judgement: report.judgement }
        : { key: "Judgement", value: "Not yet made" },
      ...(generatedAt ? [{ key: "Generated", value: formatDateTime(generatedAt) }] : []),
    ],
  });
  blocks.push({ kind: "heading", level: 2, text: "About this report" });
  for (const text of report.background) blocks.push({ kind: "paragraph", text });

  blocks.push({ kind: "heading", level: 2, text: `Findings for ${report.force.name}` });
  blocks.push({ kind: "paragraph", text: "Every finding below states an answer the force gave in its health check." });
  for (const group of report.findings) {
    if (group.heading) blocks.push({ kind: "heading", level: 3, text: group.heading });
    if (group.sentences.length) blocks.push({ kind: "list", items: group.sentences.map((s) => s.text) });
    else if (group.heading) blocks.push({ kind: "paragraph", text: "The force has not answered the questions in this area yet." });
    for (const n of group.narratives) blocks.push({ kind: "quote", label: `In the force's words: ${n.label}`, paragraphs: n.text.split(/\n+/) });
  }

  if (report.statement) {
    blocks.push({ kind: "heading", level: 2, text: "The HM Inspector's statement" });
    blocks.push({ kind: "quote", label: report.statement.attribution, paragraphs: report.statement.paragraphs });
  }
  if (report.sectionJudgements.length) {
    blocks.push({ kind: "heading", level: 2, text: "Judgements by section" });
    blocks.push({
      kind: "table",
      caption: "The inspectorate's judgement on each section it judged",
      head: ["Section", "Judgement"],
      rows: report.sectionJudgements.map((s) => ({ cells: [`${s.sectionCode}. ${s.title}`, s.judgement.label], judgement: s.judgement })),
    });
  }
  blocks.push({ kind: "heading", level: 2, text: "Next steps" });
  if (report.nextSteps.length) {
    blocks.push({ kind: "paragraph", text: "What the force has said it will do, and when:" });
    blocks.push({ kind: "list", items: report.nextSteps.map((s) => s.text) });
  }
  blocks.push({ kind: "paragraph", text: report.closing });
  return blocks;
}

/** All the words of the outline, in order (for search, tests and plain-text checks). */
export function outlineText(blocks: Block[]): string {
  return blocks
    .flatMap((b) => {
      switch (b.kind) {
        case "meta":
          return b.rows.map((r) => `${r.key}: ${r.value}`);
        case "list":
          return b.items;
        case "quote":
          return [b.label, ...b.paragraphs];
        case "table":
          return [b.caption, b.head.join(" "), ...b.rows.map((r) => r.cells.join(" "))];
        case "draft":
          return [b.title, b.text];
        default:
          return [b.text];
      }
    })
    .join("\n");
}
