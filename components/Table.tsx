import { isValidElement, type ReactNode } from "react";
import { cx, type Size } from "./utils";

type TableCellOptions = {
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  colSpan?: number;
  rowSpan?: number;
  className?: string;
  /** Column headers of a sortable table: how the rows are sorted by this column now. */
  ariaSort?: "ascending" | "descending" | "none";
};

/** A cell with options; its content goes in `content` (or `text`, as in the govuk macros). */
export type TableCellObject = TableCellOptions & ({ content: ReactNode } | { text: ReactNode });

/** A cell: anything renderable, or an object for alignment and spans. */
export type TableCell = ReactNode | TableCellObject;

export type TableProps = {
  /** Names the table for screen readers; strongly recommended. */
  caption?: ReactNode;
  captionSize?: Size;
  head?: readonly TableCell[];
  rows: readonly (readonly TableCell[])[];
  /** Makes the first cell of each row a row header (`<th scope="row">`). */
  firstCellIsHeader?: boolean;
  /** Zero-based columns to align as numbers (head and body). */
  numericColumns?: readonly number[];
  /**
   * Wraps the table in a keyboard-scrollable region for wide tables on small screens;
   * the region is named by `scrollLabel` (defaults to the caption when it is a string).
   */
  scrollable?: boolean;
  scrollLabel?: string;
  id?: string;
  className?: string;
};

function isCellObject(cell: TableCell): cell is TableCellObject {
  return (
    typeof cell === "object" &&
    cell !== null &&
    !isValidElement(cell) &&
    !(Symbol.iterator in cell) &&
    ("content" in cell || "text" in cell)
  );
}

type NormalisedCell = TableCellOptions & { content: ReactNode };

function normalise(cell: TableCell, numericColumn: boolean): NormalisedCell {
  if (!isCellObject(cell)) return { content: cell, numeric: numericColumn };
  const content = "content" in cell ? cell.content : cell.text;
  return { ...cell, content, numeric: cell.numeric ?? numericColumn };
}

/** GOV.UK table with caption, column headers, optional row headers and numeric columns. */
export function Table({
  caption,
  captionSize,
  head,
  rows,
  firstCellIsHeader,
  numericColumns = [],
  scrollable,
  scrollLabel,
  id,
  className,
}: TableProps) {
  const table = (
    <table id={id} className={cx("govuk-table", className)}>
      {caption ? (
        <caption className={cx("govuk-table__caption", captionSize && `govuk-table__caption--${captionSize}`)}>
          {caption}
        </caption>
      ) : null}
      {head && head.length > 0 ? (
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {head.map((raw, c) => {
              const cell = normalise(raw, numericColumns.includes(c));
              return (
                <th
                  key={c}
                  scope="col"
                  className={cx("govuk-table__header", cell.numeric && "govuk-table__header--numeric", cell.className)}
                  colSpan={cell.colSpan}
                  rowSpan={cell.rowSpan}
                  aria-sort={cell.ariaSort}
                >
                  {cell.content}
                </th>
              );
            })}
          </tr>
        </thead>
      ) : null}
      <tbody className="govuk-table__body">
        {rows.map((row, r) => (
          <tr key={r} className="govuk-table__row">
            {row.map((raw, c) => {
              const cell = normalise(raw, numericColumns.includes(c));
              if (c === 0 && firstCellIsHeader) {
                return (
                  <th
                    key={c}
                    scope="row"
                    className={cx("govuk-table__header", cell.numeric && "govuk-table__header--numeric", cell.className)}
                    colSpan={cell.colSpan}
                    rowSpan={cell.rowSpan}
                  >
                    {cell.content}
                  </th>
                );
              }
              return (
                <td
                  key={c}
                  className={cx("govuk-table__cell", cell.numeric && "govuk-table__cell--numeric", cell.className)}
                  colSpan={cell.colSpan}
                  rowSpan={cell.rowSpan}
                >
                  {cell.content}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (!scrollable) return table;
  const label = scrollLabel ?? (typeof caption === "string" ? caption : "Table");
  return (
    <div className="app-table-scroll" role="region" aria-label={label} tabIndex={0}>
      {table}
    </div>
  );
}
