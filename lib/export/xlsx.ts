import ExcelJS from "exceljs";
import { cellText, type Cell, type ExportTable } from "./columns.ts";

// One worksheet per table: a bold, frozen header row with filters, numbers kept as numbers and
// dates as real dates, so the file sorts and sums in Excel as people expect.

/** A table with its cells read out, so tables of different row types fit in one workbook. */
export type Sheet = { title: string; columns: { header: string; width?: number }[]; rows: Cell[][] };

export function sheetOf<Row>(table: ExportTable<Row>): Sheet {
  return {
    title: table.title,
    columns: table.columns.map(({ header, width }) => ({ header, width })),
    rows: table.rows.map((row) => table.columns.map((c) => c.value(row))),
  };
}

export async function toXlsx(sheets: Sheet[], creator = "Integrity Health Check"): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = creator;
  book.created = new Date();
  for (const table of sheets) {
    // Sheet names: at most 31 characters, none of : \ / ? * [ ]
    const sheet = book.addWorksheet(table.title.replace(/[:\\/?*[\]]/g, " ").slice(0, 31) || "Sheet");
    sheet.columns = table.columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width ?? Math.max(10, Math.min(60, c.header.length + 4)) }));
    for (const cells of table.rows) {
      sheet.addRow(cells.map((v) => (typeof v === "number" || v instanceof Date ? v : cellText(v))));
    }
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: "frozen", ySplit: 1 }];
    if (table.columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
