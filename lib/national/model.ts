import { computeProgress, SECTION_STATUS_LABELS } from "@/lib/assessments/progress.ts";
import { STATUS_LABELS } from "@/lib/assessments/status.ts";
import { JUDGEMENT_LABELS, JUDGEMENTS, type Judgement } from "@/lib/review/judgements.ts";
import { PUBLISHED_FIGURES } from "./comparators.ts";
import { countFigures, numberFigures, policyRows } from "./figures.ts";
import type {
  AssessmentHeadline,
  CellTone,
  CycleInfo,
  ForceInfo,
  JudgementBucket,
  NationalAssessment,
  NationalFilters,
  NationalModel,
  NationalRow,
  SectionCell,
} from "./types.ts";

// From the assessments of one cycle to the national view: a row per force (in the region chosen),
// a cell per section, the figures added up across forces and the spread of judgements.

export const NOT_JUDGED = "Not judged";

const TONE: Record<Judgement, CellTone> = { GOOD_PROGRESS: "good", SOME_PROGRESS: "some", LIMITED_PROGRESS: "limited" };

/** Whose answers count in the totals: a returned assessment is back with the force and may change. */
export const COUNTED_STATUSES = ["SUBMITTED", "ACCEPTED"] as const;

function sectionCells(sections: NationalModel["sections"], a: NationalAssessment): SectionCell[] {
  const marks = new Map(a.sections.map((s) => [s.code, s]));
  const completed = new Set(a.sections.filter((s) => s.completed).map((s) => s.code));
  const progress = new Map(computeProgress(a.definition, a.answers, completed).sections.map((s) => [s.code, s]));
  return sections.map(({ code }) => {
    const p = progress.get(code);
    const judgement = marks.get(code)?.judgement ?? null;
    const judged = { judgement, judgementText: judgement ? JUDGEMENT_LABELS[judgement] : NOT_JUDGED, tone: judgement ? TONE[judgement] : ("unjudged" as const) };
    if (!p) return { code, status: "NOT_IN_VERSION", requiredAnswered: 0, requiredTotal: 0, statusText: "Not in this checklist version", ...judged };
    const statusText = p.status === "IN_PROGRESS" ? `${p.requiredAnswered} of ${p.requiredTotal} answered` : SECTION_STATUS_LABELS[p.status];
    return { code, status: p.status, requiredAnswered: p.requiredAnswered, requiredTotal: p.requiredTotal, statusText, ...judged };
  });
}

export function headline(a: Pick<NationalAssessment, "id" | "reference" | "status" | "judgement">): AssessmentHeadline {
  return {
    id: a.id,
    reference: a.reference,
    status: a.status,
    statusText: STATUS_LABELS[a.status],
    judgement: a.judgement,
    judgementText: a.judgement ? JUDGEMENT_LABELS[a.judgement] : NOT_JUDGED,
  };
}

function toRow(force: ForceInfo, a: NationalAssessment | undefined, sections: NationalModel["sections"], yearOnYear: boolean): NationalRow {
  if (!a) return { force, assessment: null, cells: [], yearOnYear };
  return {
    force,
    assessment: { ...headline(a), counted: (COUNTED_STATUSES as readonly string[]).includes(a.status) },
    cells: sectionCells(sections, a),
    yearOnYear,
  };
}

export function judgementBuckets(rows: readonly NationalRow[]): JudgementBucket[] {
  const count = (test: (r: NationalRow) => boolean) => rows.filter(test).length;
  return [
    ...JUDGEMENTS.map((j) => ({ key: j, label: JUDGEMENT_LABELS[j], forces: count((r) => r.assessment?.judgement === j) })),
    { key: "NOT_JUDGED" as const, label: "Submitted, not yet judged", forces: count((r) => !!r.assessment && !r.assessment.judgement) },
    { key: "NO_SUBMISSION" as const, label: "Nothing submitted", forces: count((r) => !r.assessment) },
  ];
}

export type NationalInput = {
  filters: NationalFilters;
  cycles: CycleInfo[];
  forces: ForceInfo[];
  /** The table's columns: the sections of the latest checklist version. */
  sections: { code: string; title: string }[];
  /** Assessments of the chosen cycle the inspector may see. */
  assessments: NationalAssessment[];
  /** Slugs of forces with two or more assessments the inspector may see. */
  yearOnYear: ReadonlySet<string>;
};

export function buildNationalModel(input: NationalInput): NationalModel {
  const { filters, sections } = input;
  const cycle = input.cycles.find((c) => c.slug === filters.cycle) ?? null;
  const bySlug = new Map(input.assessments.map((a) => [a.forceSlug, a]));
  const forces = input.forces.filter((f) => !filters.region || f.region === filters.region).sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
  const rows = forces.map((f) => toRow(f, bySlug.get(f.slug), sections, input.yearOnYear.has(f.slug)));
  const counted = rows.flatMap((r) => (r.assessment?.counted ? [bySlug.get(r.force.slug)!.answers] : []));
  const published = cycle ? (PUBLISHED_FIGURES[cycle.slug] ?? {}) : {};
  return {
    filters,
    cycle: cycle ? { slug: cycle.slug, name: cycle.name, periodStart: cycle.periodStart, periodEnd: cycle.periodEnd } : null,
    cycles: input.cycles.map((c) => ({ slug: c.slug, name: c.name })),
    regions: [...new Set(input.forces.map((f) => f.region))].sort(),
    sections,
    rows,
    totals: { forces: rows.length, withAssessment: rows.filter((r) => r.assessment).length, counted: counted.length },
    // National comparators only make sense for the whole country.
    numbers: numberFigures(counted, filters.region ? {} : published),
    counts: countFigures(counted, filters.region ? {} : published),
    policies: policyRows(counted),
    judgements: judgementBuckets(rows),
  };
}
