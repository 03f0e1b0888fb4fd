import { ownerValue } from "@/lib/actions/owners.ts";
import type { ActionDetail, SuggestedAction } from "@/lib/actions/types.ts";
import { partsOfDay } from "@/lib/forms/date-parts.ts";

// What the action form starts with: the action as saved (edit), or the suggestion (accept).

export function editDefaults(a: ActionDetail): Record<string, string> {
  const due = partsOfDay(a.dueDate);
  return {
    title: a.title,
    description: a.description,
    questionCodes: a.questionCodes.join(", "),
    owner: ownerValue({ userId: a.owner.kind === "user" ? a.owner.userId : null, role: a.owner.kind === "role" ? a.owner.role : null }),
    "dueDate-day": due.day,
    "dueDate-month": due.month,
    "dueDate-year": due.year,
    priority: a.priority,
    evidenceRequired: a.evidenceRequired ? "yes" : "",
  };
}

export function suggestionDefaults(s: SuggestedAction): Record<string, string> {
  return { title: s.title, description: s.description, questionCodes: s.questionCode, priority: s.priority };
}
