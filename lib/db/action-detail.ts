import "server-only";
import type { Actor } from "@/lib/auth/roles.ts";
import { can } from "@/lib/auth/permissions.ts";
import { describeActionEvent } from "@/lib/actions/history.ts";
import { actionAbilities } from "@/lib/actions/lifecycle.ts";
import type { ActionDetail, LinkedQuestion } from "@/lib/actions/types.ts";
import { prisma } from "./client.ts";
import { checklistForVersion, latestChecklistVersion, type LoadedChecklist } from "./checklist.ts";
import { NotFoundError } from "./errors.ts";
import { byQuestionCode, summarySelect, toSummary } from "./action-query.ts";

// One action with everything its page shows: linked questions with their recommendation, progress
// updates, evidence, and the history from its audit events.

const detailSelect = {
  ...summarySelect,
  description: true,
  evidenceRequired: true,
  completionNote: true,
  completedAt: true,
  closedAt: true,
  closedById: true,
  createdAt: true,
  createdById: true,
  assessment: { select: { status: true, checklistVersionId: true } },
  updates: { select: { id: true, createdAt: true, authorId: true, note: true, status: true }, orderBy: [{ createdAt: "desc" as const }, { id: "desc" as const }] },
  evidence: {
    select: { id: true, kind: true, title: true, fileName: true, url: true, sizeBytes: true, marking: true, createdAt: true, uploadedById: true },
    orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }],
  },
};

/** The action if this actor may read it; otherwise not found (we never confirm it exists). */
export async function loadReadableAction(actor: Actor, id: unknown) {
  if (typeof id !== "string" || id.length === 0 || id.length > 64) throw new NotFoundError();
  const row = await prisma.action.findUnique({ where: { id }, select: detailSelect });
  if (!row || !can(actor, "action:read", { forceId: row.forceId, assessmentStatus: row.assessment?.status ?? null })) throw new NotFoundError();
  return row;
}

/** The checklist an action's question codes belong to: its assessment's, or the latest published. */
export async function checklistOfAction(assessment: { checklistVersionId: string } | null): Promise<LoadedChecklist | null> {
  if (assessment) return checklistForVersion(assessment.checklistVersionId);
  const latest = await latestChecklistVersion();
  return latest ? checklistForVersion(latest.id) : null;
}

function linkedQuestions(checklist: LoadedChecklist | null, links: { questionCode: string; sectionCode: string }[]): LinkedQuestion[] {
  return [...links]
    .sort((a, b) => byQuestionCode(a.questionCode, b.questionCode))
    .map(({ questionCode, sectionCode }) => {
      const q = checklist?.questionByCode.get(questionCode);
      const rec = q ? checklist?.definition.recommendations.find((r) => r.id === q.cites) : undefined;
      return { code: questionCode, sectionCode, prompt: q?.prompt ?? "", recommendation: rec ? { id: rec.id, title: rec.title } : null };
    });
}

async function namesOf(ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map();
  const users = await prisma.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

const parse = (s: string | null) => (s ? (JSON.parse(s) as Record<string, unknown>) : null);

export async function getAction(actor: Actor, id: string, now = new Date()): Promise<ActionDetail> {
  const row = await loadReadableAction(actor, id);
  const [events, checklist] = await Promise.all([
    prisma.auditEvent.findMany({
      where: { entityType: "action", entityId: row.id },
      select: { id: true, at: true, actorId: true, actorEmail: true, action: true, before: true, after: true },
      orderBy: [{ at: "asc" }, { id: "asc" }],
    }),
    checklistOfAction(row.assessment),
  ]);
  const names = await namesOf([row.createdById, row.closedById, ...row.updates.map((u) => u.authorId), ...row.evidence.map((e) => e.uploadedById), ...events.map((e) => e.actorId)]);
  const nameOf = (userId: string | null) => (userId ? (names.get(userId) ?? null) : null);
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return {
    ...toSummary(row, now),
    description: row.description,
    questions: linkedQuestions(checklist, row.questions),
    evidenceRequired: row.evidenceRequired,
    completionNote: row.completionNote,
    completedAt: iso(row.completedAt),
    closedAt: iso(row.closedAt),
    closedBy: nameOf(row.closedById),
    createdAt: row.createdAt.toISOString(),
    createdBy: nameOf(row.createdById),
    updates: row.updates.map((u) => ({ id: u.id, at: u.createdAt.toISOString(), author: nameOf(u.authorId), note: u.note, status: u.status })),
    evidence: row.evidence.map(({ uploadedById, createdAt, ...e }) => ({ ...e, createdAt: createdAt.toISOString(), addedBy: nameOf(uploadedById) })),
    history: events.map((e) => ({
      at: e.at.toISOString(),
      actor: nameOf(e.actorId) ?? (e.actorEmail === "system" ? "Demo data" : (e.actorEmail ?? "Unknown")),
      action: e.action,
      summary: describeActionEvent(e.action, parse(e.before), parse(e.after)),
    })),
    can: actionAbilities(actor, row),
  };
}
