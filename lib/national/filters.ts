import type { NationalFilters } from "./types.ts";

// The national view's filters live in the URL (?cycle=…&region=…), so a view can be bookmarked,
// shared and exported as shown. An unknown value falls back to the default rather than failing,
// since a shared link may outlive a cycle or region name: the view always says what it shows.

type Params = URLSearchParams | Readonly<Record<string, string | string[] | undefined>>;

function first(params: Params, key: string): string | undefined {
  const v = params instanceof URLSearchParams ? (params.get(key) ?? undefined) : params[key];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * The filters to apply, given the cycles (newest first) and regions that exist. No cycle chosen
 * means the newest cycle; no region means every region.
 */
export function resolveNationalFilters(params: Params, cycleSlugs: readonly string[], regions: readonly string[]): NationalFilters {
  const cycle = first(params, "cycle");
  const region = first(params, "region");
  return {
    cycle: cycle && cycleSlugs.includes(cycle) ? cycle : (cycleSlugs[0] ?? null),
    region: region && regions.includes(region) ? region : null,
  };
}

/** The filters as a query string ("" when there are none), for export links and the API. */
export function nationalQuery(filters: NationalFilters): string {
  const p = new URLSearchParams();
  if (filters.cycle) p.set("cycle", filters.cycle);
  if (filters.region) p.set("region", filters.region);
  const s = p.toString();
  return s ? `?${s}` : "";
}
