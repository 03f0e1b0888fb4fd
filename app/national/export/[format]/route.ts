import { actorFromRequest } from "@/lib/auth/session.ts";
import { getNationalView } from "@/lib/db/national.ts";
import { NotFoundError } from "@/lib/db/errors.ts";
import { contentDisposition, notFoundResponse, signInResponse } from "@/lib/evidence/download.ts";
import { exportFileName } from "@/lib/export/columns.ts";
import { toCsv } from "@/lib/export/csv.ts";
import { sheetOf, toXlsx } from "@/lib/export/xlsx.ts";
import { figuresTable, nationalTable, policiesTable } from "@/lib/national/export-columns.ts";

// /national/export/csv and /national/export/xlsx: the national table as shown, with the same
// filters. Not signed in: the sign-in page; anyone but an inspector: 404, as for the page.

const TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

export async function GET(request: Request, { params }: { params: Promise<{ format: string }> }) {
  const { format } = await params;
  if (format !== "csv" && format !== "xlsx") return notFoundResponse();
  const actor = await actorFromRequest(request);
  if (!actor) return signInResponse();
  try {
    const model = await getNationalView(actor, new URL(request.url).searchParams);
    const name = exportFileName(`national ${model.cycle?.slug ?? ""} ${model.filters.region ?? ""}`, format);
    const body =
      format === "csv"
        ? Buffer.from(toCsv(nationalTable(model)), "utf8")
        : await toXlsx([sheetOf(nationalTable(model)), sheetOf(figuresTable(model)), sheetOf(policiesTable(model))]);
    return new Response(new Uint8Array(body), {
      headers: { "Content-Type": TYPES[format], "Content-Disposition": contentDisposition(name), "Cache-Control": "private, no-store" },
    });
  } catch (e) {
    if (e instanceof NotFoundError) return notFoundResponse();
    throw e;
  }
}
