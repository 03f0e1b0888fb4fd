import "server-only";
import type { Actor } from "@/lib/auth/roles.ts";
import { can } from "@/lib/auth/permissions.ts";
import { applicableQuestions } from "@/lib/assessments/progress.ts";
import { formatAnswer } from "@/lib/checklist/format-answer.ts";
import { diffAnswers, snapshotAnswers, type AnswerChange } from "@/lib/review/diff.ts";
import { isJudgement, type Judgement } from "@/lib/review/judgements.ts";
import { REVIEW_STATUSES, waitingOf, type ReviewFilters, type ReviewStatus, type Waiting } from "@/lib/review/queue.ts";
import { countStates, questionReview, type DecisionView, type QuestionReview, type ReviewState } from "@/lib/review/state.ts";
import { prisma } from "./client.ts";
import { checklistForVersion } from "./checklist.ts";
import { listEvidence, type EvidenceItem } from "./evidence.ts";
import { NotFoundError } from "./errors.ts";
import { currentRound, decisionsByQuestion, loadForInspector } from "./review-common.ts";

// What the inspectorate reads: the review queue across forces, and one assessment's review.
// The decisions themselves are in review-decisions.ts; the force's side in review-responses.ts.

export type ReviewQueueRow = {
  id: string;
  reference: string;
  status: ReviewStatus;
  force: { slug: string; name: string; region: string };
  cycle: { slug: string; name: string };
  submittedAt: Date | null;
  returnedAt: Date | null;
  acceptedAt: Date | null;
  /** Which submission this is (2 after one return). */
  round: number;
  openQueries: number;
  judgement: Judgement | null;
  waiting: Waiting;
};

export type ReviewQueue = { rows: ReviewQueueRow[]; options: { regions: string[]; cycles: { slug: string; name: string }[] } };

function inspectorOnly(actor: Actor): void {
  // Not a resource of one force: only the role decides, and anyone else is told it does not exist.
  if (!can(actor, "review:read", { forceId: "", status: "SUBMITTED" })) throw new NotFoundError();
}

/** Every assessment that has reached the inspectorate, oldest submission first. */
export async function listForReview(actor: Actor, filters: ReviewFilters, now = new Date()): Promise<ReviewQueue> {
  inspectorOnly(actor);
  const statuses = filters.status.length > 0 ? filters.status : [...REVIEW_STATUSES];
  const [rows, regions, cycles] = await Promise.all([
    prisma.assessment.findMany({
      where: {
        status: { in: statuses },
        ...(filters.region ? { force: { region: filters.region } } : {}),
        ...(filters.cycle ? { cycle: { slug: filters.cycle } } : {}),
      },
      orderBy: [{ submittedAt: "asc" }, { force: { name: "asc" } }],
      select: {
        id: true,
        reference: true,
        status: true,
        submittedAt: true,
        returnedAt: true,
        acceptedAt: true,
        judgement: true,
        force: { select: { slug: true, name: true, region: true } },
        cycle: { select: { slug: true, name: true } },
        _count: { select: { snapshots: { where: { kind: "SUBMISSION" } }, comments: { where: { kind: "QUERY", resolvedAt: null } } } },
      },
    }),
    prisma.force.findMany({ distinct: ["region"], orderBy: { region: "asc" }, select: { region: true } }),
    prisma.assessmentCycle.findMany({ orderBy: { periodStart: "desc" }, select: { slug: true, name: true } }),
  ]);
  return {
    rows: rows.map(({ _count, ...r }) => {
      const status = r.status as ReviewStatus;
      return { ...r, status, round: _count.snapshots, openQueries: _count.comments, judgement: r.judgement, waiting: waitingOf({ ...r, status }, now) };
    }),
    options: { regions: regions.map((r) => r.region), cycles },
  };
}

export type ReviewQuestion = {
  code: string;
  prompt: string;
  required: boolean;
  answered: boolean;
  /** The answer as people read it ("Not answered" when there is none). */
  answer: string;
  evidence: EvidenceItem[];
  review: QuestionReview;
  /** Every query on this answer, oldest first, with the force's responses. */
  queries: DecisionView[];
  /** How the answer changed since the previous submission, if it did. */
  change: AnswerChange | null;
};

export type OpenQuery = { id: string; code: string; sectionCode: string; prompt: string; comment: string; round: number; createdAt: Date };

export type ReviewView = {
  assessment: {
    id: string;
    reference: string;
    status: ReviewStatus;
    version: number;
    round: number;
    force: { slug: string; name: string; region: string };
    cycle: { slug: string; name: string; periodStart: Date; periodEnd: Date };
    submittedAt: Date | null;
    returnedAt: Date | null;
    acceptedAt: Date | null;
    declaration: { name: string; role: string; date: Date } | null;
    judgement: { judgement: Judgement; summary: string; inspectorName: string; inspectorRegion: string } | null;
  };
  sections: { code: string; title: string; judgement: Judgement | null; questions: ReviewQuestion[] }[];
  /** What changed since the previous submission; null for a first submission. */
  changes: AnswerChange[] | null;
  /** The queries raised on this submission and not yet settled: what a return sends to the force. */
  openQueries: OpenQuery[];
  counts: Record<ReviewState, number>;
  /** HMIC regions, for the inspector's region on acceptance. */
  regions: string[];
  may: { decide: boolean; return: boolean; accept: boolean };
};

/** Changes between the previous and the latest submission snapshot (null for the first). */
async function changesSinceLastSubmission(assessmentId: string, round: number, definition: Parameters<typeof diffAnswers>[0]): Promise<AnswerChange[] | null> {
  if (round < 2) return null;
  const [latest, previous] = await prisma.snapshot.findMany({
    where: { assessmentId, kind: "SUBMISSION" },
    orderBy: { sequence: "desc" },
    take: 2,
    select: { content: true },
  });
  if (!latest || !previous) return null;
  return diffAnswers(definition, snapshotAnswers(previous.content), snapshotAnswers(latest.content));
}

/** One assessment as the inspector reviews it: answers by section with evidence, decisions, queries and changes. */
export async function getReview(actor: Actor, assessmentId: string): Promise<ReviewView> {
  const row = await loadForInspector(actor, assessmentId);
  const [checklist, round, answerRows, evidence, decisions, sectionRows, regions] = await Promise.all([
    checklistForVersion(row.checklistVersionId),
    currentRound(prisma, row.id),
    prisma.answer.findMany({ where: { assessmentId: row.id }, select: { questionCode: true, value: true } }),
    listEvidence(actor, row.id),
    decisionsByQuestion(row.id),
    prisma.assessmentSection.findMany({ where: { assessmentId: row.id }, select: { sectionCode: true, judgement: true } }),
    prisma.force.findMany({ distinct: ["region"], orderBy: { region: "asc" }, select: { region: true } }),
  ]);
  const values = Object.fromEntries(answerRows.map((a) => [a.questionCode, JSON.parse(a.value) as unknown]));
  const changes = await changesSinceLastSubmission(row.id, round, checklist.definition);
  const changed = new Map((changes ?? []).map((c) => [c.code, c]));
  const sectionJudgement = new Map(sectionRows.map((s) => [s.sectionCode, s.judgement]));

  const sections = checklist.definition.sections.map((section) => ({
    code: section.code,
    title: section.title,
    judgement: sectionJudgement.get(section.code) ?? null,
    questions: applicableQuestions(section.questions, values).map((q): ReviewQuestion => {
      const mine = decisions.get(q.code) ?? [];
      const change = changed.get(q.code) ?? null;
      return {
        code: q.code,
        prompt: q.prompt,
        required: q.required,
        answered: q.code in values,
        answer: formatAnswer(q, values[q.code]),
        evidence: evidence.filter((e) => e.questionCode === q.code),
        review: questionReview(mine, round, change !== null),
        queries: mine.filter((d) => d.kind === "QUERY"),
        change,
      };
    }),
  }));
  const openQueries: OpenQuery[] = sections.flatMap((s) =>
    s.questions.flatMap((q) => {
      const d = q.review.state === "QUERIED" ? q.review.decision : null;
      return d && d.resolvedAt === null ? [{ id: d.id, code: q.code, sectionCode: s.code, prompt: q.prompt, comment: d.body, round: d.round, createdAt: d.createdAt }] : [];
    }),
  );
  const reviewable = can(actor, "assessment:review", row);
  const status = row.status as ReviewStatus;
  return {
    assessment: {
      id: row.id,
      reference: row.reference,
      status,
      version: row.version,
      round,
      force: row.force,
      cycle: row.cycle,
      submittedAt: row.submittedAt,
      returnedAt: row.returnedAt,
      acceptedAt: row.acceptedAt,
      declaration:
        row.declarationName && row.declarationRole && row.declarationDate ? { name: row.declarationName, role: row.declarationRole, date: row.declarationDate } : null,
      judgement:
        isJudgement(row.judgement) && row.judgementSummary && row.inspectorName && row.inspectorRegion
          ? { judgement: row.judgement, summary: row.judgementSummary, inspectorName: row.inspectorName, inspectorRegion: row.inspectorRegion }
          : null,
    },
    sections,
    changes,
    openQueries,
    counts: countStates(sections.flatMap((s) => s.questions.map((q) => q.review))),
    regions: regions.map((r) => r.region),
    may: { decide: reviewable, return: reviewable && openQueries.length > 0, accept: reviewable && openQueries.length === 0 },
  };
}
