import "server-only";
import { actorFromRequest } from "@/lib/auth/session.ts";
import { getReport, type ReportView } from "@/lib/db/reports.ts";
import { NotFoundError } from "@/lib/db/errors.ts";
import { notFoundResponse, signInResponse } from "@/lib/evidence/download.ts";
import { reportOutline, type Block } from "@/lib/reports/outline.ts";

// The report as a file (PDF or Word): the same report and the same 404 rules as the page.

type Context = { params: Promise<{ id: string }> };
type Format = { extension: string; contentType: string; render: (report: ReportView, blocks: Block[]) => Promise<Buffer> };

function fileName(report: ReportView, extension: string): string {
  return `${report.force.slug}-${report.cycle.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-report${report.isDraft ? "-draft" : ""}.${extension}`;
}

export function reportFileRoute(format: Format) {
  return async (request: Request, { params }: Context): Promise<Response> => {
    const actor = await actorFromRequest(request);
    if (!actor) return signInResponse();
    try {
      const report = await getReport(actor, (await params).id);
      const body = await format.render(report, reportOutline(report, report.generatedAt));
      return new Response(new Uint8Array(body), {
        headers: {
          "Content-Type": format.contentType,
          "Content-Length": String(body.length),
          "Content-Disposition": `attachment; filename="${fileName(report, format.extension)}"`,
          "Cache-Control": "private, no-store",
          "X-Content-Type-Options": "nosniff",
        },
      });
    } catch (e) {
      if (e instanceof NotFoundError) return notFoundResponse();
      throw e;
    }
  };
}
