import { ACTION_STATUS_LABELS, RAG_LABELS } from "@/lib/actions/rag.ts";
import { PRIORITY_LABELS, type ActionFilters } from "@/lib/actions/filters.ts";
import { SORT_LABELS, type FilterOptions } from "./filter-form.tsx";

/** The tracker's view in words ("Status: In progress; RAG: Overdue"), for the print view. */
export function describeFilters(f: ActionFilters, o: FilterOptions): string[] {
  const out: string[] = [];
  const add = (label: string, values: string[]) => values.length > 0 && out.push(`${label}: ${values.join(", ")}`);
  add("Force", f.force ? [o.forces?.find((x) => x.slug === f.force)?.name ?? f.force] : []);
  add("Status", f.status.map((s) => ACTION_STATUS_LABELS[s]));
  add("RAG", f.rag.map((r) => RAG_LABELS[r]));
  add("Priority", f.priority.map((p) => PRIORITY_LABELS[p]));
  add("Section", f.section.map((code) => `${code}. ${o.sections.find((s) => s.code === code)?.title ?? ""}`.trim()));
  add("Owner", f.owner ? [o.owners.find((x) => x.value === f.owner)?.text ?? "Unknown"] : []);
  if (f.overdue) out.push("Only overdue actions");
  if (f.q) out.push(`Search: ‘${f.q}’`);
  out.push(`Sorted by ${SORT_LABELS[f.sort].toLowerCase()}`);
  return out;
}
