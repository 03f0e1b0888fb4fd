import type { ReviewView } from "@/lib/db/review.ts";

// The review as the JSON API returns it: plain data, dates as ISO strings.

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function toReviewJson(v: ReviewView) {
  const a = v.assessment;
  return {
    id: a.id,
    reference: a.reference,
    status: a.status,
    version: a.version,
    round: a.round,
    force: a.force,
    cycle: { slug: a.cycle.slug, name: a.cycle.name },
    submittedAt: iso(a.submittedAt),
    returnedAt: iso(a.returnedAt),
    acceptedAt: iso(a.acceptedAt),
    judgement: a.judgement,
    sectionJudgements: Object.fromEntries(v.sections.flatMap((s) => (s.judgement ? [[s.code, s.judgement]] : []))),
    changes: v.changes,
    openQueries: v.openQueries.map((q) => ({ id: q.id, code: q.code, comment: q.comment, round: q.round, createdAt: q.createdAt.toISOString() })),
    answers: v.sections.flatMap((s) =>
      s.questions.map((q) => ({
        code: q.code,
        section: s.code,
        answer: q.answered ? q.answer : null,
        evidence: q.evidence.length,
        state: q.review.state,
        changed: q.change?.kind ?? null,
        queries: q.queries.map((d) => ({
          id: d.id,
          round: d.round,
          comment: d.body,
          open: d.resolvedAt === null,
          responses: d.responses.map((r) => ({ body: r.body, createdAt: r.createdAt.toISOString() })),
        })),
      })),
    ),
    may: v.may,
  };
}
