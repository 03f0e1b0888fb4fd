import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Block } from "./outline.ts";
import type { ForceReport } from "./types.ts";

// The report as an editable Word document: real headings, bullet lists and tables, so people
// can restyle it and navigate by heading; a draft carries "DRAFT" in every page header.

const FONT = "Arial";
const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const thin = { style: BorderStyle.SINGLE, size: 4, color: "B1B4B6" };
const thick = { style: BorderStyle.SINGLE, size: 18, color: "0B0C0C" };

function cell(text: string, header: boolean) {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })] });
}

function table(rows: { cells: [string, string]; header?: boolean }[]) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((r) => new TableRow({ tableHeader: r.header, children: [cell(r.cells[0], true), cell(r.cells[1], !!r.header)] })),
  });
}

function blockToDocx(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case "caption":
      return [new Paragraph({ children: [new TextRun({ text: block.text, color: "484949", size: 26 })] })];
    case "heading":
      return [new Paragraph({ text: block.text, heading: HEADINGS[block.level], keepNext: true })];
    case "draft":
      return [
        new Paragraph({
          border: { top: thick, bottom: thick, left: thick, right: thick },
          spacing: { before: 120, after: 240 },
          children: [new TextRun({ text: `${block.title.toUpperCase()}: `, bold: true, size: 28 }), new TextRun({ text: block.text })],
        }),
      ];
    case "meta":
      return [table(block.rows.map((r) => ({ cells: [r.key, r.value] }))), new Paragraph({ text: "" })];
    case "paragraph":
      return [new Paragraph({ text: block.text, spacing: { after: 160 } })];
    case "list":
      return block.items.map((text) => new Paragraph({ text, bullet: { level: 0 }, spacing: { after: 80 } }));
    case "quote":
      return [
        new Paragraph({ indent: { left: 567 }, border: { left: thin }, children: [new TextRun({ text: block.label, bold: true })] }),
        ...block.paragraphs.map((p) => new Paragraph({ text: p, indent: { left: 567 }, border: { left: thin }, spacing: { after: 120 } })),
      ];
    case "table":
      return [
        new Paragraph({ text: block.caption }),
        table([{ cells: block.head, header: true }, ...block.rows.map((r) => ({ cells: r.cells }))]),
        new Paragraph({ text: "" }),
      ];
  }
}

export function renderReportDocx(report: ForceReport, blocks: Block[]): Promise<Buffer> {
  const marking = report.isDraft ? "DRAFT: not final" : "Final report";
  const doc = new Document({
    creator: "Integrity Health Check",
    title: report.title,
    description: report.headline,
    styles: { default: { document: { run: { font: FONT, size: 22, language: { value: "en-GB" } } } } },
    sections: [
      {
        headers: {
          default: new Header({
            children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: `${report.force.name} · ${marking}`, bold: report.isDraft, color: "484949" })] })],
          }),
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES], color: "484949" })] })],
          }),
        },
        children: blocks.flatMap(blockToDocx),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
