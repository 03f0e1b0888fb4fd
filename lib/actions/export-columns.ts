import type { ExportColumn } from "@/lib/export/columns.ts";
import { ACTION_STATUS_LABELS, RAG_LABELS, dayStart } from "./rag.ts";
import { PRIORITY_LABELS } from "./filters.ts";
import type { ActionSummary } from "./types.ts";

// The tracker's CSV and Excel files: one row per action, RAG and status in words (a spreadsheet
// has no colour to lean on), dates as real dates so they sort in Excel.

const list = (xs: readonly string[]) => xs.join("; ");

export const ACTION_EXPORT_COLUMNS: ExportColumn<ActionSummary>[] = [
  { header: "Reference", value: (a) => a.reference, width: 14 },
  { header: "Force", value: (a) => a.forceName, width: 28 },
  { header: "Title", value: (a) => a.title, width: 60 },
  { header: "Status", value: (a) => ACTION_STATUS_LABELS[a.status], width: 14 },
  { header: "RAG", value: (a) => RAG_LABELS[a.rag], width: 12 },
  { header: "Priority", value: (a) => PRIORITY_LABELS[a.priority], width: 10 },
  { header: "Owner", value: (a) => a.ownerLabel, width: 28 },
  { header: "Due date", value: (a) => dayStart(a.dueDate), width: 12 },
  { header: "Sections", value: (a) => list(a.sections), width: 12 },
  { header: "Linked questions", value: (a) => list(a.questionCodes), width: 18 },
  { header: "Last updated", value: (a) => new Date(a.updatedAt), width: 14 },
];

export const ACTION_EXPORT_HEADERS = ACTION_EXPORT_COLUMNS.map((c) => c.header);
