import { z } from "zod";
import { daysUntil, formatDate } from "@/lib/format.ts";

// The inspector's review queue: its filters live in the URL (a plain GET form, so it works
// without JavaScript, and a filtered view can be bookmarked). Unknown or malformed values fall
// back to "any", since a shared link may be old.

export const REVIEW_STATUSES = ["SUBMITTED", "RETURNED", "ACCEPTED"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  SUBMITTED: "Awaiting review",
  RETURNED: "Returned to the force",
  ACCEPTED: "Accepted",
};

const one = z.union([z.string(), z.array(z.string())]).optional().catch(undefined).transform((v) => (Array.isArray(v) ? v[0] : v));
const listOf = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).flatMap((x) => x.split(","));

export const reviewFiltersSchema = z.object({
  status: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .catch(undefined)
    .transform((v) => [...new Set(listOf(v).filter((s): s is ReviewStatus => (REVIEW_STATUSES as readonly string[]).includes(s)))]),
  region: one.transform((v) => (v && v.length <= 60 ? v : undefined)),
  cycle: one.transform((v) => (v && /^[a-z0-9-]{1,60}$/.test(v) ? v : undefined)),
});
export type ReviewFilters = z.output<typeof reviewFiltersSchema>;

/** Next's searchParams (or URLSearchParams) into filters; never throws. */
export function parseReviewFilters(params: URLSearchParams | Record<string, string | string[] | undefined>): ReviewFilters {
  const obj: Record<string, string | string[]> = {};
  if (params instanceof URLSearchParams) {
    for (const key of new Set(params.keys())) obj[key] = params.getAll(key);
  } else {
    for (const [k, v] of Object.entries(params)) if (v !== undefined) obj[k] = v;
  }
  return reviewFiltersSchema.parse(obj);
}

/** Filters back to a query string, for links (empty filters left out). */
export function reviewFiltersQuery(f: Partial<ReviewFilters>): string {
  const p = new URLSearchParams();
  for (const s of f.status ?? []) p.append("status", s);
  if (f.region) p.set("region", f.region);
  if (f.cycle) p.set("cycle", f.cycle);
  const s = p.toString();
  return s ? `?${s}` : "";
}

export type Waiting = { days: number; on: "inspectorate" | "force" } | null;

/**
 * Who the assessment is waiting on, and for how many whole days: the inspectorate since the latest
 * submission, the force since the return. An accepted assessment waits on nobody.
 */
export function waitingOf(a: { status: ReviewStatus; submittedAt: Date | null; returnedAt: Date | null }, now = new Date()): Waiting {
  const since = a.status === "SUBMITTED" ? a.submittedAt : a.status === "RETURNED" ? a.returnedAt : null;
  if (!since) return null;
  return { days: Math.max(0, -daysUntil(since, now)), on: a.status === "SUBMITTED" ? "inspectorate" : "force" };
}

export function waitingText(w: Waiting, acceptedAt: Date | null): string {
  if (!w) return acceptedAt ? `Accepted ${formatDate(acceptedAt)}` : "Not waiting";
  const days = w.days === 0 ? "Since today" : `${w.days.toLocaleString("en-GB")} ${w.days === 1 ? "day" : "days"}`;
  return `${days} (with the ${w.on})`;
}

const ROUND_NAMES = ["", "first", "second", "third", "fourth", "fifth"];
/** "second submission": which submission of the assessment a round is. */
export const submissionName = (round: number) => `${ROUND_NAMES[round] ?? `number ${round}`} submission`;
