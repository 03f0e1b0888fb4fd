import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/export/csv.ts";
import { sheetOf, toXlsx } from "@/lib/export/xlsx.ts";
import { ACTION_EXPORT_COLUMNS, ACTION_EXPORT_HEADERS } from "./export-columns.ts";
import type { ActionSummary } from "./types.ts";

const row: ActionSummary = {
  id: "a1",
  reference: "WA-A-0003",
  forceId: "f1",
  forceName: "Warwickshire Police",
  assessmentId: "s1",
  title: "Cross-reference procurement with the gifts and hospitality register",
  owner: { kind: "role", role: "HEAD_OF_PSD", label: "Head of professional standards" },
  ownerLabel: "Head of professional standards",
  dueDate: "2027-03-31",
  priority: "HIGH",
  status: "IN_PROGRESS",
  rag: "amber",
  sections: ["E", "F"],
  questionCodes: ["E4", "F1"],
  version: 3,
  updatedAt: "2026-11-20T14:05:00.000Z",
};

describe("action export columns", () => {
  it("say status, RAG and priority in words and list sections and questions", () => {
    expect(ACTION_EXPORT_HEADERS).toEqual([
      "Reference", "Force", "Title", "Status", "RAG", "Priority", "Owner", "Due date", "Sections", "Linked questions", "Last updated",
    ]);
    const [header, line] = toCsv({ title: "Actions", columns: ACTION_EXPORT_COLUMNS, rows: [row] }).slice(1).trimEnd().split("\r\n");
    expect(header).toBe(ACTION_EXPORT_HEADERS.join(","));
    expect(line).toBe(
      "WA-A-0003,Warwickshire Police,Cross-reference procurement with the gifts and hospitality register,In progress,Due soon,High,Head of professional standards,2027-03-31,E; F,E4; F1,2026-11-20",
    );
  });

  it("keep dates as dates in Excel", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await toXlsx([sheetOf({ title: "Actions", columns: ACTION_EXPORT_COLUMNS, rows: [{ ...row, rag: "red", status: "BLOCKED" }] })])) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Actions")!;
    expect(sheet.getCell("H2").value).toEqual(new Date("2027-03-31T00:00:00.000Z"));
    expect(sheet.getCell("D2").value).toBe("Blocked");
    expect(sheet.getCell("E2").value).toBe("Overdue");
  });
});
