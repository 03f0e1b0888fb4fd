import type { TagColour } from "@/components/Tag.tsx";

// Where each answer stands in the inspector's review. Derived from the review comments (never
// stored): the inspector's latest decision in this round wins; with none yet, an earlier round's
// acceptance carries over only while the answer is unchanged.

export type ReplyView = { id: string; body: string; createdAt: Date; author: string | null };

/** An inspector's decision on one answer: a query (with the force's responses) or an acceptance. */
export type DecisionView = {
  id: string;
  kind: "QUERY" | "ACCEPTED";
  round: number;
  body: string;
  createdAt: Date;
  resolvedAt: Date | null;
  author: string | null;
  responses: ReplyView[];
};

export const REVIEW_STATES = ["NOT_REVIEWED", "ACCEPTED", "ACCEPTED_BEFORE", "QUERIED", "RESPONDED"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  NOT_REVIEWED: "Not reviewed",
  ACCEPTED: "Accepted",
  ACCEPTED_BEFORE: "Accepted before",
  QUERIED: "Queried",
  RESPONDED: "Query answered",
};

export const REVIEW_STATE_COLOURS: Record<ReviewState, TagColour> = {
  NOT_REVIEWED: "grey",
  ACCEPTED: "green",
  ACCEPTED_BEFORE: "green",
  QUERIED: "orange",
  RESPONDED: "blue",
};

export type QuestionReview = {
  state: ReviewState;
  /** The decision the state comes from, if any. */
  decision: DecisionView | null;
  /** The query still waiting for the inspector's decision, from this round or an earlier one. */
  openQuery: DecisionView | null;
};

const newestFirst = (a: DecisionView, b: DecisionView) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1);

/**
 * One question's review state in `round` (1 for the first submission). `changedSinceLastRound`
 * says whether the answer differs from the previous submission.
 */
export function questionReview(decisions: readonly DecisionView[], round: number, changedSinceLastRound: boolean): QuestionReview {
  const sorted = [...decisions].sort(newestFirst);
  const openQuery = sorted.find((d) => d.kind === "QUERY" && d.resolvedAt === null) ?? null;
  const current = sorted.find((d) => d.round === round);
  if (current) return { state: current.kind === "QUERY" ? "QUERIED" : "ACCEPTED", decision: current, openQuery };
  if (openQuery) return { state: "RESPONDED", decision: openQuery, openQuery };
  const earlier = sorted.find((d) => d.round < round);
  if (earlier?.kind === "ACCEPTED" && !changedSinceLastRound) return { state: "ACCEPTED_BEFORE", decision: earlier, openQuery: null };
  return { state: "NOT_REVIEWED", decision: null, openQuery: null };
}

/** How many answers are in each state, for the page's summary. */
export function countStates(reviews: readonly { state: ReviewState }[]): Record<ReviewState, number> {
  const counts = Object.fromEntries(REVIEW_STATES.map((s) => [s, 0])) as Record<ReviewState, number>;
  for (const r of reviews) counts[r.state] += 1;
  return counts;
}
