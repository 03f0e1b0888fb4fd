import "server-only";
import type { Actor } from "@/lib/auth/roles.ts";
import { can } from "@/lib/auth/permissions.ts";
import type { DecisionView, ReplyView } from "@/lib/review/state.ts";
import { prisma, type Tx } from "./client.ts";
import { NotFoundError } from "./errors.ts";

// What the review's reads and writes share: loading an assessment for the inspectorate, the
// current round, and the review comments as decisions with their replies.

type Db = Tx | typeof prisma;

// The workflow's row (lib/db/assessment-workflow.ts) plus what the review shows; not spread from it,
// since that module imports this one.
export const reviewRowSelect = {
  id: true,
  reference: true,
  forceId: true,
  status: true,
  version: true,
  checklistVersionId: true,
  cycle: { select: { slug: true, name: true, periodStart: true, periodEnd: true } },
  checklistVersion: { select: { number: true, contentHash: true } },
  submittedAt: true,
  returnedAt: true,
  acceptedAt: true,
  declarationName: true,
  declarationRole: true,
  declarationDate: true,
  judgement: true,
  judgementSummary: true,
  inspectorName: true,
  inspectorRegion: true,
  force: { select: { slug: true, name: true, region: true } },
} as const;

export type ReviewRow = NonNullable<Awaited<ReturnType<typeof loadReviewRow>>>;

function loadReviewRow(id: string) {
  return prisma.assessment.findUnique({ where: { id }, select: reviewRowSelect });
}

/** The review exists only for inspectors, and only once the force has submitted: anyone else gets "not found". */
export async function loadForInspector(actor: Actor, id: unknown): Promise<ReviewRow> {
  if (typeof id !== "string" || id.length === 0 || id.length > 64) throw new NotFoundError();
  const row = await loadReviewRow(id);
  if (!row || !can(actor, "review:read", row)) throw new NotFoundError();
  return row;
}

/** The submission under review: 1 for the first, 2 after one return, ... (0 before any). */
export function currentRound(db: Db, assessmentId: string): Promise<number> {
  return db.snapshot.count({ where: { assessmentId, kind: "SUBMISSION" } });
}

/** Open queries of one round (the inspectorate's questions the force is to answer). */
export const openQueryWhere = (assessmentId: string, round: number) => ({ assessmentId, kind: "QUERY" as const, round, resolvedAt: null });

async function namesOf(ids: (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((x): x is string => x !== null))];
  if (unique.length === 0) return new Map();
  const users = await prisma.user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

/** Every inspector decision on the assessment's answers, with the force's responses, by question code. */
export async function decisionsByQuestion(assessmentId: string, where: { round?: number; openOnly?: boolean } = {}): Promise<Map<string, DecisionView[]>> {
  const rows = await prisma.reviewComment.findMany({
    where: {
      assessmentId,
      questionCode: { not: null },
      kind: where.openOnly ? "QUERY" : { in: ["QUERY", "ACCEPTED"] },
      ...(where.round !== undefined ? { round: where.round } : {}),
      ...(where.openOnly ? { resolvedAt: null } : {}),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      kind: true,
      questionCode: true,
      round: true,
      body: true,
      createdAt: true,
      resolvedAt: true,
      authorId: true,
      replies: { where: { kind: "RESPONSE" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, body: true, createdAt: true, authorId: true } },
    },
  });
  const names = await namesOf(rows.flatMap((r) => [r.authorId, ...r.replies.map((x) => x.authorId)]));
  const byCode = new Map<string, DecisionView[]>();
  for (const r of rows) {
    const responses: ReplyView[] = r.replies.map((x) => ({ id: x.id, body: x.body, createdAt: x.createdAt, author: x.authorId ? (names.get(x.authorId) ?? null) : null }));
    const view: DecisionView = {
      id: r.id,
      kind: r.kind as DecisionView["kind"],
      round: r.round,
      body: r.body,
      createdAt: r.createdAt,
      resolvedAt: r.resolvedAt,
      author: r.authorId ? (names.get(r.authorId) ?? null) : null,
      responses,
    };
    const list = byCode.get(r.questionCode!) ?? [];
    list.push(view);
    byCode.set(r.questionCode!, list);
  }
  return byCode;
}
