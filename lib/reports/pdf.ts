import PDFDocument from "pdfkit";
import type { Block, MetaRow } from "./outline.ts";
import type { ForceReport } from "./types.ts";

// The report as a tagged PDF (headings, paragraphs, lists, quotes and tables in the structure
// tree; page furniture and the draft watermark marked as artifacts), from the same outline as
// the web page. pdfkit's standard fonts keep it small and need no font files of our own.

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

const INK = "#0b0c0c";
const BRAND = "#1d3b4f";
const GREY = "#484949";
const RULE = "#b1b4b6";
const MARGIN = 64;
const FONT = "Helvetica";
const BOLD = "Helvetica-Bold";

function width(doc: Doc): number {
  return doc.page.width - 2 * MARGIN;
}

/** Starts a new page if fewer than `space` points are left, so headings keep their first lines. */
function keepSpace(doc: Doc, space: number) {
  if (doc.y + space > doc.page.height - MARGIN) doc.addPage();
}

/** A structure element whose content is what `draw` puts on the page. */
function tagged(doc: Doc, tag: string, draw: () => unknown): Struct {
  return doc.struct(tag, {}, draw);
}

function artifact(doc: Doc, draw: () => void) {
  doc.markContent("Artifact");
  draw();
  doc.endMarkedContent();
}

function heading(doc: Doc, root: Struct, level: 1 | 2 | 3, text: string) {
  const size = { 1: 22, 2: 16, 3: 13 }[level];
  keepSpace(doc, level === 1 ? 80 : 70);
  if (level === 2) {
    doc.moveDown(0.8);
    const y = doc.y;
    artifact(doc, () => doc.moveTo(MARGIN, y).lineTo(MARGIN + width(doc), y).lineWidth(1).strokeColor(RULE).stroke());
    doc.moveDown(0.6);
  } else if (level === 3) doc.moveDown(0.6);
  root.add(tagged(doc, `H${level}`, () => doc.font(BOLD).fontSize(size).fillColor(level === 1 ? BRAND : INK).text(text, MARGIN, doc.y, { width: width(doc) })));
  doc.moveDown(0.4);
}

function paragraph(doc: Doc, root: Struct, text: string, opts: { size?: number; colour?: string; font?: string; indent?: number } = {}) {
  const indent = opts.indent ?? 0;
  root.add(
    tagged(doc, "P", () =>
      doc
        .font(opts.font ?? FONT)
        .fontSize(opts.size ?? 11)
        .fillColor(opts.colour ?? INK)
        .text(text, MARGIN + indent, doc.y, { width: width(doc) - indent, lineGap: 2 }),
    ),
  );
  doc.moveDown(0.5);
}

function list(doc: Doc, root: Struct, items: string[]) {
  const l = doc.struct("L");
  root.add(l);
  doc.font(FONT).fontSize(11).fillColor(INK);
  doc.list(items, MARGIN + 4, doc.y, { width: width(doc) - 4, lineGap: 2, paragraphGap: 5, bulletRadius: 2, textIndent: 14, structParent: l });
  l.end();
  doc.moveDown(0.5);
}

function draftBox(doc: Doc, root: Struct, title: string, text: string) {
  const top = doc.y;
  const box = doc.struct("Div");
  root.add(box);
  doc.y += 8;
  box.add(tagged(doc, "P", () => doc.font(BOLD).fontSize(14).fillColor(INK).text(title.toUpperCase(), MARGIN + 16, doc.y, { width: width(doc) - 24 })));
  doc.moveDown(0.2);
  box.add(tagged(doc, "P", () => doc.font(FONT).fontSize(11).text(text, MARGIN + 16, doc.y, { width: width(doc) - 24, lineGap: 2 })));
  box.end();
  const bottom = doc.y + 8;
  artifact(doc, () => doc.rect(MARGIN, top, 5, bottom - top).fill("#d4351c").rect(MARGIN, top, width(doc), bottom - top).lineWidth(1.5).strokeColor(INK).stroke());
  doc.y = bottom + 12;
}

function keyValueTable(doc: Doc, root: Struct, rows: { key: string; value: string; header?: boolean }[], keyWidth: number) {
  const table = doc.struct("Table");
  root.add(table);
  for (const r of rows) {
    keepSpace(doc, 30);
    const tr = doc.struct("TR");
    table.add(tr);
    const y = doc.y;
    // The key is a row header; in a header row both cells are headers.
    const cell = r.header ? "TH" : "TD";
    tr.add(tagged(doc, "TH", () => doc.font(BOLD).fontSize(10.5).fillColor(INK).text(r.key, MARGIN, y, { width: keyWidth - 10 })));
    const afterKey = doc.y;
    tr.add(tagged(doc, cell, () => doc.font(r.header ? BOLD : FONT).fontSize(10.5).text(r.value, MARGIN + keyWidth, y, { width: width(doc) - keyWidth })));
    tr.end();
    doc.y = Math.max(afterKey, doc.y) + 4;
    const lineY = doc.y - 2;
    artifact(doc, () => doc.moveTo(MARGIN, lineY).lineTo(MARGIN + width(doc), lineY).lineWidth(0.5).strokeColor(RULE).stroke());
    doc.y += 4;
  }
  table.end();
  doc.moveDown(0.5);
}

function quote(doc: Doc, root: Struct, label: string, paragraphs: string[]) {
  keepSpace(doc, 60);
  const top = doc.y;
  const q = doc.struct("BlockQuote");
  root.add(q);
  q.add(tagged(doc, "P", () => doc.font(BOLD).fontSize(10.5).fillColor(GREY).text(label, MARGIN + 16, doc.y, { width: width(doc) - 16 })));
  doc.moveDown(0.3);
  for (const p of paragraphs) {
    q.add(tagged(doc, "P", () => doc.font(FONT).fontSize(11).fillColor(INK).text(p, MARGIN + 16, doc.y, { width: width(doc) - 16, lineGap: 2 })));
    doc.moveDown(0.3);
  }
  q.end();
  const bottom = doc.y;
  // The bar only marks a quote on the page it starts on; long quotes are rare.
  if (bottom > top) artifact(doc, () => doc.rect(MARGIN, top, 4, bottom - top).fill(RULE));
  doc.moveDown(0.5);
}

const metaRows = (rows: MetaRow[]) => rows.map((r) => ({ key: r.key, value: r.value }));

function renderBlock(doc: Doc, root: Struct, block: Block) {
  switch (block.kind) {
    case "caption":
      return paragraph(doc, root, block.text, { size: 12, colour: GREY });
    case "heading":
      return heading(doc, root, block.level, block.text);
    case "draft":
      return draftBox(doc, root, block.title, block.text);
    case "meta":
      return keyValueTable(doc, root, metaRows(block.rows), 130);
    case "paragraph":
      return paragraph(doc, root, block.text);
    case "list":
      return list(doc, root, block.items);
    case "quote":
      return quote(doc, root, block.label, block.paragraphs);
    case "table":
      paragraph(doc, root, block.caption, { size: 10.5, colour: GREY });
      return keyValueTable(doc, root, [{ key: block.head[0], value: block.head[1], header: true }, ...block.rows.map((r) => ({ key: r.cells[0], value: r.cells[1] }))], 300);
  }
}

/** Page numbers, the report's name and, on a draft, a large diagonal "DRAFT" on every page. */
function furniture(doc: Doc, report: ForceReport) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Drawing in the bottom margin must not start a new page.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    artifact(doc, () => {
      // Drawn after the text, so kept faint enough that the text stays easy to read.
      if (report.isDraft) {
        doc.save();
        doc.rotate(-35, { origin: [doc.page.width / 2, doc.page.height / 2] });
        doc.font(BOLD).fontSize(110).fillColor(INK).fillOpacity(0.07);
        doc.text("DRAFT", 0, doc.page.height / 2 - 55, { width: doc.page.width, align: "center", lineBreak: false });
        doc.restore();
      }
      doc.fillOpacity(1).font(FONT).fontSize(9).fillColor(GREY);
      const y = doc.page.height - MARGIN / 2 - 6;
      const left = `${report.force.name} · ${report.cycle.name}${report.isDraft ? " · DRAFT" : ""}`;
      doc.text(left, MARGIN, y, { width: width(doc) - 80, lineBreak: false });
      doc.text(`Page ${i - range.start + 1} of ${range.count}`, MARGIN + width(doc) - 80, y, { width: 80, align: "right", lineBreak: false });
    });
    doc.page.margins.bottom = bottomMargin;
  }
}

export function renderReportPdf(report: ForceReport, blocks: Block[]): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    bufferPages: true,
    pdfVersion: "1.7",
    tagged: true,
    lang: "en-GB",
    displayTitle: true,
    info: { Title: report.title, Author: "Integrity Health Check", Subject: report.headline, Keywords: report.isDraft ? "draft" : "final" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const root = doc.struct("Document");
  doc.addStructure(root);
  for (const block of blocks) renderBlock(doc, root, block);
  root.end();
  furniture(doc, report);
  doc.end();
  return done;
}
