import "server-only";
import { can } from "@/lib/auth/permissions.ts";
import type { Actor } from "@/lib/auth/roles.ts";
import { requireActor } from "@/lib/auth/session.ts";
import { parseActionFilters, type ActionFilters } from "@/lib/actions/filters.ts";
import { NO_OWNER_LABEL } from "@/lib/actions/owners.ts";
import { currentChecklist } from "@/lib/checklist/index.ts";
import { listActionOwners } from "@/lib/db/actions.ts";
import { listForceOptions } from "@/lib/db/forces.ts";
import type { FilterOptions } from "./_components/filter-form.tsx";

export type SearchParams = Record<string, string | string[] | undefined>;

/** Who may open the tracker: the force's own people, and inspectors (submitted assessments only). */
export const TRACKER_ROLES = ["PSD", "CHIEF_OFFICER", "INSPECTOR"] as const;

/** The tracker's view from the address. An empty owner box ("Anyone") means no owner filter. */
export function filtersOf(params: SearchParams | URLSearchParams): ActionFilters {
  const f = parseActionFilters(params);
  return { ...f, owner: f.owner || undefined };
}

/** A query as sorted name=value pairs, to tell whether two addresses ask for the same view. */
export function sortedQuery(params: SearchParams | URLSearchParams): string {
  const pairs: string[] = [];
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  for (const [k, v] of entries) for (const x of Array.isArray(v) ? v : v === undefined ? [] : [v]) pairs.push(`${k}=${x}`);
  return pairs.sort().join("&");
}

/** Every tracker page (list, print view) starts here: who is asking and what they asked for. */
export async function trackerRequest(params: SearchParams) {
  const actor = await requireActor(TRACKER_ROLES);
  return { actor, filters: filtersOf(params) };
}

export const canRaise = (actor: Actor) => actor.forceId !== null && can(actor, "action:write", { forceId: actor.forceId });

export async function filterOptions(actor: Actor): Promise<FilterOptions> {
  const inspector = actor.role === "INSPECTOR";
  const [owners, forces] = await Promise.all([listActionOwners(actor), inspector ? listForceOptions() : undefined]);
  return {
    sections: currentChecklist.definition.sections.map((s) => ({ code: s.code, title: s.title })),
    owners: [...owners.map((o) => ({ value: o.value, text: o.label })), { value: "none", text: NO_OWNER_LABEL }],
    forces,
  };
}

/** Whose actions the page is about, for its caption. */
export function scopeCaption(actor: Actor, filters: ActionFilters, forces?: readonly { slug: string; name: string }[]): string {
  if (actor.role !== "INSPECTOR") return actor.forceName ?? "";
  return forces?.find((f) => f.slug === filters.force)?.name ?? "All forces";
}
