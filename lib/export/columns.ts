// A table to export: named columns and a way to read each cell from a row. The CSV and XLSX
// writers share it, so the two files always have the same columns in the same order.

export type Cell = string | number | Date | null | undefined;

export type ExportColumn<Row> = {
  header: string;
  value: (row: Row) => Cell;
  /** XLSX column width in characters; CSV ignores it. */
  width?: number;
};

export type ExportTable<Row> = { title: string; columns: ExportColumn<Row>[]; rows: Row[] };

/** Dates go out as YYYY-MM-DD, which both Excel and people read without ambiguity. */
export function cellText(v: Cell): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

/** A file name safe for Content-Disposition: letters, digits and hyphens. */
export function exportFileName(base: string, ext: "csv" | "xlsx", now = new Date()): string {
  const slug = base.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "export";
  return `${slug}-${now.toISOString().slice(0, 10)}.${ext}`;
}
