import { ValidationError } from "@/lib/db/errors.ts";
import { ownerValue } from "./owners.ts";
import { dueDateFromApi } from "./schemas.ts";
import { DONE_STATUSES, OPEN_STATUSES, type ActionStatus } from "./rag.ts";
import type { ActionDetail } from "./types.ts";

// PATCH /api/v1/actions/{id} in one place: which change a JSON body asks for, as the input of the
// data-layer function that makes it. Field edits merge with the action as it stands (so a client
// may send only what changes); a status moves it through its life. One kind of change per request.
//
//   {"title": "…", "dueDate": "2013-03-31", …}           edit (any of the form's fields)
//   {"note": "…", "status": "BLOCKED"}                     progress update (status optional)
//   {"status": "COMPLETED", "completionNote": "…"}         complete
//   {"status": "CLOSED", "note": "…"}                      close (chief officer)
//   {"status": "IN_PROGRESS", "reason": "…"}  on a done action: reopen (chief officer)

export const EDITABLE_FIELDS = ["title", "description", "questionCodes", "owner", "dueDate", "priority", "evidenceRequired"] as const;

export type PatchPlan =
  | { call: "update"; input: Record<string, unknown> }
  | { call: "progress"; input: Record<string, unknown> }
  | { call: "complete"; input: Record<string, unknown> }
  | { call: "close"; input: Record<string, unknown> }
  | { call: "reopen"; input: Record<string, unknown> };

const VERSION = "Send the version of the action you are changing, in an If-Match header or as \"version\"";

export function planPatch(body: Record<string, unknown>, current: ActionDetail, expectedVersion: unknown): PatchPlan {
  if (expectedVersion === undefined || expectedVersion === null || expectedVersion === "") throw new ValidationError({ version: VERSION });
  const base = { actionId: current.id, expectedVersion };
  const edits = EDITABLE_FIELDS.filter((f) => f in body);
  const status = body.status;
  const statusChange = "status" in body || "note" in body || "completionNote" in body || "reason" in body;
  if (edits.length && statusChange) throw new ValidationError({ _body: "Change the action's fields and its status in separate requests" });

  if (edits.length) {
    const merged = {
      title: current.title,
      description: current.description,
      questionCodes: current.questionCodes,
      owner: current.owner.kind === "user" ? ownerValue({ userId: current.owner.userId, role: null }) : current.owner.kind === "role" ? ownerValue({ userId: null, role: current.owner.role }) : "",
      dueDate: current.dueDate,
      priority: current.priority,
      evidenceRequired: current.evidenceRequired,
      ...Object.fromEntries(edits.map((f) => [f, body[f]])),
    };
    return { call: "update", input: { ...dueDateFromApi(merged), ...base } };
  }
  if (status === "COMPLETED") return { call: "complete", input: { ...base, completionNote: body.completionNote ?? body.note } };
  if (status === "CLOSED") return { call: "close", input: { ...base, note: body.note ?? "" } };
  if (typeof status === "string" && OPEN_STATUSES.includes(status as ActionStatus) && DONE_STATUSES.includes(current.status)) {
    return { call: "reopen", input: { ...base, reason: body.reason ?? body.note } };
  }
  if (statusChange) return { call: "progress", input: { ...base, note: body.note, status: status ?? "" } };
  throw new ValidationError({ _body: `Send the fields to change (${EDITABLE_FIELDS.join(", ")}), or a status or note` });
}
