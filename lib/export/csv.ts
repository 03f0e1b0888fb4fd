import { cellText, type ExportTable } from "./columns.ts";

// RFC 4180 CSV with a UTF-8 byte order mark, so Excel opens names like "Ó Súilleabháin" correctly.
// Cells that a spreadsheet would run as a formula are prefixed with an apostrophe (CSV injection).

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(v: string): string {
  const safe = FORMULA_START.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv<Row>(table: ExportTable<Row>): string {
  const lines = [table.columns.map((c) => csvCell(c.header)).join(",")];
  for (const row of table.rows) {
    lines.push(
      table.columns
        .map((c) => {
          const v = c.value(row);
          // Numbers are data, not formulas: keep negatives as they are.
          return typeof v === "number" ? String(v) : csvCell(cellText(v));
        })
        .join(","),
    );
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
