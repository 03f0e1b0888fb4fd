import { actorFromRequest } from "@/lib/auth/session.ts";
import { notFoundResponse, signInResponse } from "@/lib/evidence/download.ts";
import { ACTION_EXPORT_COLUMNS } from "@/lib/actions/export-columns.ts";
import { listActionsForExport } from "@/lib/db/actions.ts";
import { exportFileName, type ExportTable } from "@/lib/export/columns.ts";
import { toCsv } from "@/lib/export/csv.ts";
import { sheetOf, toXlsx } from "@/lib/export/xlsx.ts";
import type { ActionSummary } from "@/lib/actions/types.ts";
import { TRACKER_ROLES, filtersOf } from "../../load.ts";

type Context = { params: Promise<{ format: string }> };

const TYPES = { csv: "text/csv; charset=utf-8", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } as const;
const noStore = { "Cache-Control": "private, no-store" };

/**
 * The tracker's current view as a file: every matching action (not only the page on screen), in the
 * tracker's order, with the same filters and the same scope as the page. Others get 404.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { format } = await params;
  if (format !== "csv" && format !== "xlsx") return notFoundResponse();
  const actor = await actorFromRequest(request);
  if (!actor) return signInResponse();
  if (!(TRACKER_ROLES as readonly string[]).includes(actor.role)) return notFoundResponse();
  const filters = filtersOf(new URL(request.url).searchParams);
  const rows = await listActionsForExport(actor, filters);
  const table: ExportTable<ActionSummary> = { title: "Actions", columns: ACTION_EXPORT_COLUMNS, rows };
  const scope = actor.role === "INSPECTOR" ? (filters.force ?? "all-forces") : (actor.forceSlug ?? "force");
  const body = format === "csv" ? toCsv(table) : new Uint8Array(await toXlsx([sheetOf(table)]));
  return new Response(body, {
    headers: {
      "Content-Type": TYPES[format],
      "Content-Disposition": `attachment; filename="${exportFileName(`${scope} actions`, format)}"`,
      "X-Content-Type-Options": "nosniff",
      ...noStore,
    },
  });
}
