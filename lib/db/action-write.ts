import "server-only";
import type { Prisma } from "@/generated/prisma/client.ts";
import type { Actor } from "@/lib/auth/roles.ts";
import { ACTION_EVENTS } from "@/lib/actions/history.ts";
import { actionAbilities, refusal, type ActionAbilities } from "@/lib/actions/lifecycle.ts";
import { actionReference, forceInitials, parseOwner, type OwnerValue } from "@/lib/actions/owners.ts";
import { dayStart } from "@/lib/actions/rag.ts";
import type { ActionDetail } from "@/lib/actions/types.ts";
import { prisma, type Tx } from "./client.ts";
import { appendAudit } from "./audit.ts";
import { checklistOfAction, getAction, loadReadableAction } from "./action-detail.ts";
import { ConflictError, ForbiddenError, ValidationError } from "./errors.ts";

// What every change to an action shares: the checks on its links and owner, raising one with a
// unique reference, and the compare-and-set on its version. lib/db/action-changes.ts uses these.

export type ActionFields = {
  title: string;
  description: string;
  questionCodes: string[];
  owner: string;
  dueDate: string;
  priority: "HIGH" | "MEDIUM" | "LOW";
  evidenceRequired: boolean;
};

export type Links = { questions: { questionCode: string; sectionCode: string }[]; owner: OwnerValue };

/**
 * The question codes must be in the checklist the action belongs to, and a person who owns it must
 * be one of the force's own (unchanged owners may have left since: they stay).
 */
export async function checkLinks(forceId: string, assessment: { checklistVersionId: string } | null, f: ActionFields, unchangedOwner?: string): Promise<Links> {
  const checklist = await checklistOfAction(assessment);
  const questions = [];
  for (const code of f.questionCodes) {
    const section = checklist?.sectionOfQuestion.get(code);
    if (!section) throw new ValidationError({ questionCodes: `Question ${code} is not in the checklist. Enter question codes like E4 or F1` });
    questions.push({ questionCode: code, sectionCode: section.code });
  }
  const owner = parseOwner(f.owner);
  if (!owner) throw new ValidationError({ owner: "Select who owns the action from the list" });
  if (owner.userId && f.owner !== unchangedOwner) {
    const user = await prisma.user.findUnique({ where: { id: owner.userId }, select: { forceId: true, active: true } });
    if (!user || user.forceId !== forceId || !user.active) throw new ValidationError({ owner: "Select who owns the action from the list" });
  }
  return { questions, owner };
}

const isUniqueViolation = (e: unknown) => e instanceof Error && "code" in e && (e as { code: unknown }).code === "P2002";

/** The fields as an audit event keeps them. */
export const auditFields = (f: ActionFields) => ({ ...f, questionCodes: [...f.questionCodes] });

/**
 * Raises an action with the next reference for the force ("WM-A-0012"): numbers run per prefix, and
 * two raised at once cannot share one (unique key; the loser tries the next number).
 */
export async function insertAction(
  actor: Actor,
  target: { forceId: string; forceName: string; assessmentId: string | null },
  f: ActionFields,
  links: Links,
  extra: { fromSuggestion?: string } = {},
): Promise<ActionDetail> {
  const prefix = forceInitials(target.forceName);
  const attempt = () =>
    prisma.$transaction(async (tx) => {
      const n = (await tx.action.count({ where: { reference: { startsWith: `${prefix}-A-` } } })) + 1;
      const reference = actionReference(prefix, n);
      const row = await tx.action.create({
        data: {
          reference,
          forceId: target.forceId,
          assessmentId: target.assessmentId,
          title: f.title,
          description: f.description,
          ownerUserId: links.owner.userId,
          ownerRole: links.owner.role,
          dueDate: dayStart(f.dueDate),
          priority: f.priority,
          evidenceRequired: f.evidenceRequired,
          createdById: actor.userId,
          questions: { create: links.questions },
        },
        select: { id: true },
      });
      await appendAudit(tx, actor, {
        entityType: "action",
        entityId: row.id,
        action: ACTION_EVENTS.create,
        forceId: target.forceId,
        after: { reference, assessmentId: target.assessmentId, status: "NOT_STARTED", ...auditFields(f), ...extra },
      });
      return row.id;
    });
  for (let tries = 1; ; tries++) {
    try {
      return await getAction(actor, await attempt());
    } catch (e) {
      if (!isUniqueViolation(e) || tries >= 5) throw e;
    }
  }
}

/** An action this actor may read and may now do `ability` to: else 404 (not visible) or 403. */
export async function loadForChange(actor: Actor, actionId: unknown, ability: keyof ActionAbilities) {
  const row = await loadReadableAction(actor, actionId);
  if (!actionAbilities(actor, row)[ability]) throw new ForbiddenError(refusal(actor, row, ability));
  return row;
}

export async function conflict(actor: Actor, actionId: string): Promise<ConflictError> {
  return new ConflictError("Someone else changed this action after you opened it", await getAction(actor, actionId));
}

/**
 * One change to an action in one transaction: the compare-and-set on the version the person saw,
 * then the caller's own writes (an update row, new links), then the audit event.
 */
export async function changeAction(
  actor: Actor,
  row: { id: string; forceId: string; version: number },
  expectedVersion: number,
  change: { data: Prisma.ActionUncheckedUpdateManyInput; audit: { action: string; before?: unknown; after?: unknown }; also?: (tx: Tx) => Promise<void> },
): Promise<ActionDetail> {
  if (row.version !== expectedVersion) throw await conflict(actor, row.id);
  const done = await prisma.$transaction(async (tx) => {
    const { count } = await tx.action.updateMany({ where: { id: row.id, version: expectedVersion }, data: { ...change.data, version: { increment: 1 } } });
    if (count === 0) return false;
    await change.also?.(tx);
    await appendAudit(tx, actor, { entityType: "action", entityId: row.id, forceId: row.forceId, ...change.audit });
    return true;
  });
  if (!done) throw await conflict(actor, row.id);
  return getAction(actor, row.id);
}
