import "server-only";
import type { Actor } from "@/lib/auth/roles.ts";
import { can } from "@/lib/auth/permissions.ts";
import { ACTION_EVENTS } from "@/lib/actions/history.ts";
import { ownerValue } from "@/lib/actions/owners.ts";
import { dayStart, dueDay } from "@/lib/actions/rag.ts";
import {
  actionEditSchema,
  actionFormSchema,
  actionUpdateSchema,
  closeActionSchema,
  completeActionSchema,
  reopenActionSchema,
} from "@/lib/actions/schemas.ts";
import type { ActionDetail } from "@/lib/actions/types.ts";
import { parseOrThrow } from "@/lib/validation.ts";
import { prisma } from "./client.ts";
import { byQuestionCode } from "./action-query.ts";
import { currentAssessmentOf } from "./action-dashboard.ts";
import { getAction } from "./action-detail.ts";
import { auditFields, changeAction, checkLinks, conflict, insertAction, loadForChange, type ActionFields } from "./action-write.ts";
import { ForbiddenError, ValidationError } from "./errors.ts";

export { acceptSuggestion, dismissSuggestion } from "./action-suggestions.ts";

// Changing actions. Each: zod parse → authorise (404 out of scope, 403 not allowed now) → one
// transaction with a compare-and-set on the action's version (409 with the current action) → audit.

const fieldsOf = (v: ActionFields): ActionFields => ({
  title: v.title,
  description: v.description,
  questionCodes: v.questionCodes,
  owner: v.owner,
  dueDate: v.dueDate,
  priority: v.priority,
  evidenceRequired: v.evidenceRequired,
});

/** Raises an action for the actor's force, linked to the force's current assessment. */
export async function createAction(actor: Actor, input: unknown): Promise<ActionDetail> {
  const f = fieldsOf(parseOrThrow(actionFormSchema, input));
  const forceId = actor.forceId;
  if (!forceId || !can(actor, "action:write", { forceId })) throw new ForbiddenError("Only professional standards staff and chief officers of a force can raise actions");
  const [force, assessment] = await Promise.all([prisma.force.findUniqueOrThrow({ where: { id: forceId }, select: { name: true } }), currentAssessmentOf(forceId)]);
  const links = await checkLinks(forceId, assessment, f);
  return insertAction(actor, { forceId, forceName: force.name, assessmentId: assessment?.id ?? null }, f, links);
}

/** Edits an open action's fields; only what changed is written and audited. */
export async function updateAction(actor: Actor, input: unknown): Promise<ActionDetail> {
  const v = parseOrThrow(actionEditSchema, input);
  const row = await loadForChange(actor, v.actionId, "edit");
  const was: ActionFields = {
    title: row.title,
    description: row.description,
    questionCodes: row.questions.map((q) => q.questionCode).sort(byQuestionCode),
    owner: ownerValue({ userId: row.ownerUserId, role: row.ownerRole }),
    dueDate: dueDay(row.dueDate),
    priority: row.priority,
    evidenceRequired: row.evidenceRequired,
  };
  const next = { ...fieldsOf(v), questionCodes: [...v.questionCodes].sort(byQuestionCode) };
  const links = await checkLinks(row.forceId, row.assessment, next, was.owner);
  const changed = (Object.keys(next) as (keyof ActionFields)[]).filter((k) => JSON.stringify(next[k]) !== JSON.stringify(was[k]));
  // Saving the form unchanged writes nothing, but a stale form is still a conflict.
  if (changed.length === 0) {
    if (row.version !== v.expectedVersion) throw await conflict(actor, row.id);
    return getAction(actor, row.id);
  }
  const pick = (f: ActionFields) => Object.fromEntries(changed.map((k) => [k, auditFields(f)[k]]));
  return changeAction(actor, row, v.expectedVersion, {
    data: {
      title: next.title,
      description: next.description,
      ownerUserId: links.owner.userId,
      ownerRole: links.owner.role,
      dueDate: dayStart(next.dueDate),
      priority: next.priority,
      evidenceRequired: next.evidenceRequired,
    },
    audit: { action: ACTION_EVENTS.update, before: pick(was), after: pick(next) },
    also: changed.includes("questionCodes")
      ? async (tx) => {
          await tx.actionQuestion.deleteMany({ where: { actionId: row.id } });
          if (links.questions.length) await tx.actionQuestion.createMany({ data: links.questions.map((q) => ({ ...q, actionId: row.id })) });
        }
      : undefined,
  });
}

/** A dated progress note; it may move an open action between not started, in progress and blocked. */
export async function addActionUpdate(actor: Actor, input: unknown): Promise<ActionDetail> {
  const v = parseOrThrow(actionUpdateSchema, input);
  const row = await loadForChange(actor, v.actionId, "update");
  const status = v.status && v.status !== row.status ? v.status : null;
  // Completed actions take notes, but only a chief officer's reopening moves them back.
  if (status && (row.status === "COMPLETED" || row.status === "CLOSED")) {
    throw new ForbiddenError("This action is completed. A chief officer can reopen it if it needs more work");
  }
  return changeAction(actor, row, v.expectedVersion, {
    data: status ? { status } : {},
    audit: { action: ACTION_EVENTS.progress, before: { status: row.status }, after: { status: status ?? row.status, note: v.note } },
    also: async (tx) => {
      await tx.actionUpdate.create({ data: { actionId: row.id, authorId: actor.userId, note: v.note, status } });
    },
  });
}

/** Marks an open action completed: a note saying what was done, and evidence when the action asked for it. */
export async function completeAction(actor: Actor, input: unknown): Promise<ActionDetail> {
  const v = parseOrThrow(completeActionSchema, input);
  const row = await loadForChange(actor, v.actionId, "complete");
  const missingEvidence = () => new ValidationError({ evidence: "Add evidence of what was done before you mark this action as completed" });
  if (row.evidenceRequired && row.evidence.length === 0) throw missingEvidence();
  const now = new Date();
  return changeAction(actor, row, v.expectedVersion, {
    data: { status: "COMPLETED", completionNote: v.completionNote, completedAt: now },
    audit: { action: ACTION_EVENTS.complete, before: { status: row.status }, after: { status: "COMPLETED", completionNote: v.completionNote } },
    also: async (tx) => {
      // Evidence removed while this was in flight: the completion must not land without it.
      if (row.evidenceRequired && (await tx.evidence.count({ where: { actionId: row.id } })) === 0) throw missingEvidence();
      await tx.actionUpdate.create({ data: { actionId: row.id, authorId: actor.userId, note: v.completionNote, status: "COMPLETED", createdAt: now } });
    },
  });
}

/** A chief officer checks a completed action and closes it. */
export async function closeAction(actor: Actor, input: unknown): Promise<ActionDetail> {
  const v = parseOrThrow(closeActionSchema, input);
  const row = await loadForChange(actor, v.actionId, "close");
  const now = new Date();
  return changeAction(actor, row, v.expectedVersion, {
    data: { status: "CLOSED", closedAt: now, closedById: actor.userId },
    audit: { action: ACTION_EVENTS.close, before: { status: row.status }, after: { status: "CLOSED", note: v.note } },
    also: async (tx) => {
      if (v.note) await tx.actionUpdate.create({ data: { actionId: row.id, authorId: actor.userId, note: v.note, status: "CLOSED", createdAt: now } });
    },
  });
}

/** A chief officer sends a completed or closed action back for more work, saying why. */
export async function reopenAction(actor: Actor, input: unknown): Promise<ActionDetail> {
  const v = parseOrThrow(reopenActionSchema, input);
  const row = await loadForChange(actor, v.actionId, "reopen");
  return changeAction(actor, row, v.expectedVersion, {
    // The completion note stays in the updates and the history; the action no longer claims it.
    data: { status: "IN_PROGRESS", completionNote: null, completedAt: null, closedAt: null, closedById: null },
    audit: { action: ACTION_EVENTS.reopen, before: { status: row.status, completionNote: row.completionNote }, after: { status: "IN_PROGRESS", reason: v.reason } },
    also: async (tx) => {
      await tx.actionUpdate.create({ data: { actionId: row.id, authorId: actor.userId, note: v.reason, status: "IN_PROGRESS" } });
    },
  });
}
