import { actionFiltersQuery, type ActionFilters } from "@/lib/actions/filters.ts";

/** A link to the tracker showing just these filters: what every dashboard number points at. */
export function trackerHref(filters: Partial<ActionFilters> = {}, path = "/actions"): string {
  return `${path}${actionFiltersQuery(filters)}`;
}
