import type { AssessmentDetail, AssessmentSummary } from "@/lib/db/assessments.ts";

// The API's shapes: plain JSON, dates as ISO strings, answers keyed by question code.

export function toAssessmentJson(a: AssessmentSummary) {
  return {
    id: a.id,
    reference: a.reference,
    force: { slug: a.force.slug, name: a.force.name },
    cycle: { slug: a.cycle.slug, name: a.cycle.name, periodStart: a.cycle.periodStart.toISOString().slice(0, 10), periodEnd: a.cycle.periodEnd.toISOString().slice(0, 10) },
    status: a.status,
    checklistVersion: a.checklistVersion,
    submittedAt: a.submittedAt?.toISOString() ?? null,
    progress: a.progress,
  };
}

export function toAssessmentDetailJson(a: AssessmentDetail) {
  return {
    ...toAssessmentJson(a),
    answers: Object.fromEntries(
      Object.entries(a.answers).map(([code, v]) => [code, { value: v.value, version: v.version, updatedAt: v.updatedAt.toISOString() }]),
    ),
  };
}
