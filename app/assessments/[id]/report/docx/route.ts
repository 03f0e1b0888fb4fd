import { renderReportDocx } from "@/lib/reports/docx.ts";
import { reportFileRoute } from "../download.ts";

export const GET = reportFileRoute({
  extension: "docx",
  contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  render: renderReportDocx,
});
