import type { AssessmentStatus } from "@/lib/auth/permissions.ts";
import type { ChecklistDefinition } from "@/lib/checklist/types.ts";
import type { SectionStatus } from "@/lib/assessments/progress.ts";
import type { Judgement } from "@/lib/review/judgements.ts";

// The national view's inputs (what the data layer reads) and its model (what pages, exports and
// the API show). Plain data only, so the model can go straight out as JSON.

export type ForceInfo = { slug: string; name: string; region: string };
export type CycleInfo = { slug: string; name: string; periodStart: Date; periodEnd: Date; isOpen: boolean };

/** One assessment the inspector may see, with what the national view needs of it. */
export type NationalAssessment = {
  id: string;
  reference: string;
  forceSlug: string;
  status: AssessmentStatus;
  judgement: Judgement | null;
  /** Per-section completion marks and inspector judgements, by section code. */
  sections: { code: string; completed: boolean; judgement: Judgement | null }[];
  answers: Record<string, unknown>;
  /** The checklist version the assessment is pinned to. */
  definition: ChecklistDefinition;
};

/** Heatmap shade of a section cell: the section's judgement, or none yet. */
export type CellTone = "good" | "some" | "limited" | "unjudged";

export type SectionCell = {
  code: string;
  status: SectionStatus | "NOT_IN_VERSION";
  requiredAnswered: number;
  requiredTotal: number;
  /** "Completed", "4 of 6 answered", "Not started". */
  statusText: string;
  judgement: Judgement | null;
  /** "Some progress", or "Not judged". */
  judgementText: string;
  tone: CellTone;
};

/** An assessment as the national pages name it: status and judgement in words as well as codes. */
export type AssessmentHeadline = {
  id: string;
  reference: string;
  status: AssessmentStatus;
  statusText: string;
  judgement: Judgement | null;
  judgementText: string;
};

export type NationalRow = {
  force: ForceInfo;
  /** With whether its answers count in the totals (submitted or accepted; not while returned). */
  assessment: (AssessmentHeadline & { counted: boolean }) | null;
  cells: SectionCell[];
  /** The force has at least two assessments the inspector may see, so year on year has something to show. */
  yearOnYear: boolean;
};

export type CountFigure = { kind: "count"; id: string; label: string; forces: number; of: number; published: string | null };
export type NumberFigure = {
  kind: "number";
  id: string;
  label: string;
  total: number;
  median: number | null;
  /** Forces whose answer gave this figure. */
  forces: number;
  published: string | null;
};

export type PolicyRow = { code: string; label: string; counts: Record<string, number>; updated: number; notAnswered: number };

export type JudgementBucket = { key: Judgement | "NOT_JUDGED" | "NO_SUBMISSION"; label: string; forces: number };

export type NationalFilters = { cycle: string | null; region: string | null };

export type NationalModel = {
  filters: NationalFilters;
  cycle: { slug: string; name: string; periodStart: Date; periodEnd: Date } | null;
  cycles: { slug: string; name: string }[];
  regions: string[];
  sections: { code: string; title: string }[];
  rows: NationalRow[];
  /** Forces in view, forces with an assessment the inspector may see, and those counted in the figures. */
  totals: { forces: number; withAssessment: number; counted: number };
  numbers: NumberFigure[];
  counts: CountFigure[];
  policies: PolicyRow[];
  judgements: JudgementBucket[];
};
