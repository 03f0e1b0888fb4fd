import { renderReportPdf } from "@/lib/reports/pdf.ts";
import { reportFileRoute } from "../download.ts";

export const GET = reportFileRoute({ extension: "pdf", contentType: "application/pdf", render: renderReportPdf });
