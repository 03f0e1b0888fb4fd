import { PRIORITY_LABELS, type Priority } from "./filters.ts";
import { ACTION_STATUS_LABELS, type ActionStatus } from "./rag.ts";

// An action's audit events in words, for the history on the action page. The data layer writes the
// events (lib/db/action-changes.ts); this reads them back. Unknown fields are left out, not guessed.

export const ACTION_EVENTS = {
  create: "action.create",
  update: "action.update",
  progress: "action.progress",
  complete: "action.complete",
  close: "action.close",
  reopen: "action.reopen",
  evidenceAdd: "action.evidence-add",
  evidenceDelete: "action.evidence-delete",
} as const;

/** Field names as the edit form labels them. */
export const FIELD_LABELS: Record<string, string> = {
  title: "title",
  description: "description",
  questionCodes: "linked questions",
  owner: "owner",
  dueDate: "due date",
  priority: "priority",
  evidenceRequired: "whether evidence is needed",
};

type Json = Record<string, unknown> | null;
const str = (v: unknown) => (typeof v === "string" ? v : "");
const statusLabel = (v: unknown) => ACTION_STATUS_LABELS[v as ActionStatus]?.toLowerCase() ?? "";

function listWords(words: string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

export function describeActionEvent(action: string, before: Json, after: Json): string {
  switch (action) {
    case ACTION_EVENTS.create:
      return after?.fromSuggestion ? `Raised the action from the suggestion for question ${str(after.fromSuggestion)}` : "Raised the action";
    case ACTION_EVENTS.update: {
      const fields = Object.keys(after ?? {}).filter((k) => k in FIELD_LABELS);
      const words = fields.map((k) => FIELD_LABELS[k]!);
      const priority = after?.priority ? ` (priority now ${PRIORITY_LABELS[after.priority as Priority]?.toLowerCase() ?? ""})` : "";
      return fields.length ? `Changed the ${listWords(words)}${fields.includes("priority") ? priority : ""}` : "Edited the action";
    }
    case ACTION_EVENTS.progress:
      return after?.status && after.status !== before?.status ? `Added a progress update and set the status to ${statusLabel(after.status)}` : "Added a progress update";
    case ACTION_EVENTS.complete:
      return "Marked the action as completed";
    case ACTION_EVENTS.close:
      return "Verified the action and closed it";
    case ACTION_EVENTS.reopen:
      return `Reopened the action: ${str(after?.reason)}`;
    case ACTION_EVENTS.evidenceAdd:
      return `Added evidence: ${str(after?.title)}`;
    case ACTION_EVENTS.evidenceDelete:
      return `Removed evidence: ${str(before?.title)}`;
    default:
      return "Changed the action";
  }
}
