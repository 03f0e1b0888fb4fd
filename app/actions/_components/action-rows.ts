import { ACTION_STATUS_LABELS, RAG_LABELS } from "@/lib/actions/rag.ts";
import { PRIORITY_LABELS } from "@/lib/actions/filters.ts";
import type { ActionDetail } from "@/lib/actions/types.ts";
import { formatDate, formatDateTime } from "@/lib/format.ts";

/**
 * An action's fields in words, in the order people read them. The action page shows them as a
 * summary list; a conflict shows the same rows so the two read alike.
 */
export function actionFieldRows(a: ActionDetail): { key: string; value: string }[] {
  return [
    { key: "Title", value: a.title },
    { key: "Status", value: ACTION_STATUS_LABELS[a.status] },
    { key: "RAG", value: RAG_LABELS[a.rag] },
    { key: "Owner", value: a.ownerLabel },
    { key: "Due date", value: formatDate(a.dueDate) },
    { key: "Priority", value: PRIORITY_LABELS[a.priority] },
    { key: "Linked questions", value: a.questionCodes.length ? a.questionCodes.join(", ") : "None" },
    { key: "Evidence needed to complete", value: a.evidenceRequired ? "Yes" : "No" },
    { key: "Description", value: a.description || "None" },
    { key: "Last updated", value: formatDateTime(a.updatedAt) },
  ];
}
