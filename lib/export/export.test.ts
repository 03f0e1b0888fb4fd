import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { ExportTable } from "./columns.ts";
import { exportFileName } from "./columns.ts";
import { csvCell, toCsv } from "./csv.ts";
import { sheetOf, toXlsx } from "./xlsx.ts";

type Row = { ref: string; title: string; due: Date; count: number };
const table: ExportTable<Row> = {
  title: "Actions",
  columns: [
    { header: "Reference", value: (r) => r.ref },
    { header: "Title", value: (r) => r.title },
    { header: "Due", value: (r) => r.due },
    { header: "Count", value: (r) => r.count },
  ],
  rows: [
    { ref: "WA-1", title: 'Cross-check "registers", then report', due: new Date("2013-03-31T00:00:00Z"), count: -2 },
    { ref: "WA-2", title: "=HYPERLINK(\"http://evil\")", due: new Date("2012-12-01T00:00:00Z"), count: 3 },
  ],
};

describe("CSV", () => {
  it("quotes, escapes and defuses formulas", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    const csv = toCsv(table);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines).toEqual([
      "Reference,Title,Due,Count",
      'WA-1,"Cross-check ""registers"", then report",2013-03-31,-2',
      `WA-2,"'=HYPERLINK(""http://evil"")",2012-12-01,3`,
    ]);
  });
});

describe("XLSX", () => {
  it("reads back with the same headers, text, dates and numbers", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await toXlsx([sheetOf(table)])) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Actions")!;
    expect(sheet.getRow(1).values).toEqual([undefined, "Reference", "Title", "Due", "Count"]);
    expect(sheet.getCell("B2").value).toBe('Cross-check "registers", then report');
    expect((sheet.getCell("C2").value as Date).toISOString().slice(0, 10)).toBe("2013-03-31");
    expect(sheet.getCell("D2").value).toBe(-2);
    expect(sheet.rowCount).toBe(3);
  });
});

it("names files safely", () => {
  expect(exportFileName("Warwickshire actions: overdue!", "csv", new Date("2026-11-24T09:00:00Z"))).toBe("warwickshire-actions-overdue-2026-11-24.csv");
});
