import "server-only";
import type { Actor } from "@/lib/auth/roles.ts";
import { can } from "@/lib/auth/permissions.ts";
import { acceptSuggestionSchema, dismissSuggestionSchema } from "@/lib/actions/schemas.ts";
import type { ActionDetail } from "@/lib/actions/types.ts";
import { parseOrThrow } from "@/lib/validation.ts";
import { prisma } from "./client.ts";
import { appendAudit } from "./audit.ts";
import { listSuggestedActions } from "./actions.ts";
import { checkLinks, insertAction } from "./action-write.ts";
import { ConflictError, ForbiddenError, NotFoundError } from "./errors.ts";

// Suggested actions (from answers that show a gap): PSD raises one, as offered or edited, or
// dismisses it with a reason. Either way it is no longer offered.

const GONE = "This suggestion has already been raised as an action or dismissed";

/** The assessment if the actor may read it (else 404) and change its force's actions (else 403). */
async function writableAssessment(actor: Actor, assessmentId: string) {
  const a = await prisma.assessment.findUnique({
    where: { id: assessmentId },
    select: { id: true, forceId: true, status: true, checklistVersionId: true, force: { select: { name: true } } },
  });
  if (!a || !can(actor, "assessment:read", a)) throw new NotFoundError();
  if (!can(actor, "action:write", a)) throw new ForbiddenError("Only professional standards staff and chief officers of the force can act on suggestions");
  return a;
}

/** Is the suggestion for this question still on offer? Else a conflict: someone got there first. */
async function assertOffered(actor: Actor, assessmentId: string, questionCode: string): Promise<void> {
  const offered = await listSuggestedActions(actor, assessmentId, questionCode);
  if (offered.length === 0) throw new ConflictError(GONE);
}

/** Raises the suggested action, possibly edited; it stays linked to the question it came from. */
export async function acceptSuggestion(actor: Actor, input: unknown): Promise<ActionDetail> {
  const v = parseOrThrow(acceptSuggestionSchema, input);
  const a = await writableAssessment(actor, v.assessmentId);
  await assertOffered(actor, a.id, v.questionCode);
  const f = {
    title: v.title,
    description: v.description,
    questionCodes: v.questionCodes.includes(v.questionCode) ? v.questionCodes : [v.questionCode, ...v.questionCodes],
    owner: v.owner,
    dueDate: v.dueDate,
    priority: v.priority,
    evidenceRequired: v.evidenceRequired,
  };
  const links = await checkLinks(a.forceId, a, f);
  return insertAction(actor, { forceId: a.forceId, forceName: a.force.name, assessmentId: a.id }, f, links, { fromSuggestion: v.questionCode });
}

type Dismissed = { assessmentId: string; questionCode: string };

/** Records that no action is needed for a suggestion, and why: (actor, form input) or (actor, assessmentId, questionCode, reason). */
export async function dismissSuggestion(actor: Actor, input: unknown): Promise<Dismissed>;
export async function dismissSuggestion(actor: Actor, assessmentId: string, questionCode: string, reason: string): Promise<Dismissed>;
export async function dismissSuggestion(actor: Actor, first: unknown, questionCode?: string, reason?: string): Promise<Dismissed> {
  const input = typeof first === "string" ? { assessmentId: first, questionCode, reason } : first;
  const v = parseOrThrow(dismissSuggestionSchema, input);
  const a = await writableAssessment(actor, v.assessmentId);
  await assertOffered(actor, a.id, v.questionCode);
  await prisma
    .$transaction(async (tx) => {
      const d = await tx.suggestionDismissal.create({ data: { assessmentId: a.id, questionCode: v.questionCode, reason: v.reason, dismissedById: actor.userId }, select: { id: true } });
      await appendAudit(tx, actor, {
        entityType: "suggestion",
        entityId: `${a.id}:${v.questionCode}`,
        action: "suggestion.dismiss",
        forceId: a.forceId,
        after: { dismissalId: d.id, reason: v.reason },
      });
    })
    .catch((e: unknown) => {
      // Dismissed by someone else at the same moment: one row per question (unique key).
      if (e instanceof Error && "code" in e && (e as { code: unknown }).code === "P2002") throw new ConflictError(GONE);
      throw e;
    });
  return { assessmentId: a.id, questionCode: v.questionCode };
}
