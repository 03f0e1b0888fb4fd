import { describe, expect, it } from "vitest";
import { reportSentences } from "./build.ts";
import { renderReportDocx } from "./docx.ts";
import { DRAFT_TITLE, outlineText, reportOutline } from "./outline.ts";
import { renderReportPdf } from "./pdf.ts";
import { reportFor } from "./test-support/demo-report.ts";
import { docxParts } from "./test-support/docx-text.ts";
import { flatPdfText } from "./test-support/pdf-text.ts";

// The PDF and the Word file say what the web page says: every sentence, the headline, the
// judgement, and the draft marking exactly when the report is a draft.

const accepted = reportFor("west-mercia", {
  status: "ACCEPTED",
  judgement: { overall: "SOME_PROGRESS", summary: "Progress is real but slow.", inspectorName: "Jane Doe", inspectorRegion: "Wales and Western", sections: { H: "GOOD_PROGRESS" } },
});
const draft = reportFor("west-mercia", { status: "SUBMITTED" });
const flat = (s: string) => s.replace(/\s+/g, " ");
// Findings may speak of a draft policy; these are the report's own draft markings.
const DRAFT_MARKING = /DRAFT|Draft report|report is a draft|Draft \(/;
const when = new Date("2012-12-19T10:00:00Z");

describe("the outline", () => {
  it("marks a draft in words, and says nothing of a draft once accepted", () => {
    expect(outlineText(reportOutline(draft))).toContain(`${DRAFT_TITLE}\nThis report is a draft and may change.`);
    expect(outlineText(reportOutline(draft))).toContain("Status: Draft (submitted)");
    expect(outlineText(reportOutline(accepted))).not.toMatch(DRAFT_MARKING);
    expect(outlineText(reportOutline(accepted, when))).toContain("Generated: 19 December 2012 at 10:00");
  });
  it("holds every sentence, the statement and the section judgements", () => {
    const text = outlineText(reportOutline(accepted));
    for (const s of reportSentences(accepted)) expect(text).toContain(s.text);
    expect(text).toContain("Jane Doe, HM Inspector of Constabulary for the Wales and Western region, said:");
    expect(text).toContain("H. Second jobs and business interests Good progress");
    expect(text).toContain("Judgement: Some progress");
  });
});

describe("the PDF", () => {
  it("states every sentence of the report, tagged for assistive technology", async () => {
    const pdf = await renderReportPdf(accepted, reportOutline(accepted, when));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = flatPdfText(pdf);
    expect(text).toContain(accepted.headline);
    for (const s of reportSentences(accepted)) expect(text).toContain(s.text);
    for (const p of accepted.background) expect(text).toContain(p);
    expect(text).toContain("Progress is real but slow.");
    expect(text).not.toMatch(DRAFT_MARKING);
    const raw = pdf.toString("latin1");
    expect(raw).toMatch(/\/StructTreeRoot/);
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toMatch(/\/Lang \(en-GB\)/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toMatch(/\/S \/H1/);
    expect(raw).toMatch(/\/S \/LI/);
  });
  it("carries a draft's notice and a DRAFT watermark on every page", async () => {
    const pdf = await renderReportPdf(draft, reportOutline(draft));
    const text = flatPdfText(pdf);
    expect(text).toContain(flat(reportOutline(draft).find((b) => b.kind === "draft")!.text));
    const pages = Number(/\/Type \/Pages\s*\/Count (\d+)/.exec(pdf.toString("latin1"))?.[1]);
    expect(pages).toBeGreaterThan(1);
    expect(text.match(/\bDRAFT\b(?! REPORT)/g)?.length).toBeGreaterThanOrEqual(pages);
  });
});

describe("the Word file", () => {
  it("states every sentence under real headings and lists", async () => {
    const { body, headers, documentXml } = await docxParts(await renderReportDocx(accepted, reportOutline(accepted)));
    expect(body).toContain(accepted.headline);
    for (const s of reportSentences(accepted)) expect(body).toContain(s.text);
    expect(body).toContain("Progress is real but slow.");
    expect(documentXml).toMatch(/w:pStyle w:val="Heading1"/);
    expect(documentXml).toMatch(/w:pStyle w:val="Heading3"/);
    expect(documentXml).toMatch(/<w:numPr>/);
    expect(headers).toContain("Final report");
    expect(`${body}${headers}`).not.toMatch(DRAFT_MARKING);
  });
  it("marks a draft at the top and in every page header", async () => {
    const { body, headers } = await docxParts(await renderReportDocx(draft, reportOutline(draft)));
    expect(body).toContain("DRAFT REPORT: This report is a draft and may change.");
    expect(headers).toContain("West Mercia Police · DRAFT: not final");
  });
});
