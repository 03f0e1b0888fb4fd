import type { Rag } from "@/components/Tag.tsx";

// The inspectorate's judgement of a force's progress, as the 2012 revisit used it. Colour is
// only ever a second cue: every place that shows the colour says the words too.

export const JUDGEMENTS = ["GOOD_PROGRESS", "SOME_PROGRESS", "LIMITED_PROGRESS"] as const;
export type Judgement = (typeof JUDGEMENTS)[number];

export const JUDGEMENT_LABELS: Record<Judgement, string> = {
  GOOD_PROGRESS: "Good progress",
  SOME_PROGRESS: "Some progress",
  LIMITED_PROGRESS: "Limited progress",
};

/** What each judgement means, for the inspector choosing one. */
export const JUDGEMENT_HINTS: Record<Judgement, string> = {
  GOOD_PROGRESS: "The force has acted on the 2011 recommendations and can show that its arrangements work.",
  SOME_PROGRESS: "The force has made improvements, but some arrangements are unfinished or not yet proven.",
  LIMITED_PROGRESS: "Little has changed since 2011, or important gaps remain.",
};

export const JUDGEMENT_RAG: Record<Judgement, Exclude<Rag, "done">> = {
  GOOD_PROGRESS: "green",
  SOME_PROGRESS: "amber",
  LIMITED_PROGRESS: "red",
};

const RAG_WORDS: Record<Exclude<Rag, "done">, string> = { green: "Green", amber: "Amber", red: "Red" };

export function isJudgement(v: unknown): v is Judgement {
  return typeof v === "string" && (JUDGEMENTS as readonly string[]).includes(v);
}

/** "Amber: some progress": the colour named in words, for tags and tables. */
export function judgementTagText(j: Judgement): string {
  return `${RAG_WORDS[JUDGEMENT_RAG[j]]}: ${JUDGEMENT_LABELS[j].toLowerCase()}`;
}
