import type { QuestionDefinition } from "./types.ts";
import { formatDate } from "@/lib/format.ts";

// An answer as people read it on check-answers and review pages.

const YES_NO: Record<string, string> = { yes: "Yes", no: "No", partly: "Partly" };
const POLICY: Record<string, string> = {
  updated_communicated: "Updated and communicated to staff",
  updated_not_communicated: "Updated, not yet communicated",
  under_review: "Under review",
  not_started: "Not started",
};

export function formatAnswer(q: QuestionDefinition, value: unknown): string {
  if (value === undefined || value === null) return "Not answered";
  switch (q.type) {
    case "yes_no":
    case "yes_no_partly":
      return YES_NO[String(value)] ?? String(value);
    case "policy_status":
      return POLICY[String(value)] ?? String(value);
    case "whole_number": {
      const v = value as { total: number; parts?: Record<string, number> };
      const unit = q.unit ? ` ${q.unit}` : "";
      const parts = (q.ofWhich ?? [])
        .filter((p) => v.parts?.[p.key] !== undefined)
        .map((p) => `${v.parts![p.key]} ${p.label.toLowerCase()}`);
      return `${v.total}${unit}${parts.length ? ` (of which ${parts.join(", ")})` : ""}`;
    }
    case "date":
      return formatDate(`${String(value)}T12:00:00Z`);
    case "choice": {
      const label = (v: string) => q.options?.find((o) => o.value === v)?.label ?? v;
      return Array.isArray(value) ? value.map(String).map(label).join(", ") : label(String(value));
    }
    case "evidence": {
      const note = (value as { note?: string }).note;
      return note ? note : "Evidence attached";
    }
    default:
      return String(value);
  }
}
