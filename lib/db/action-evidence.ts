import "server-only";
import type { Actor } from "@/lib/auth/roles.ts";
import { ACTION_EVENTS } from "@/lib/actions/history.ts";
import { actionAbilities, refusal } from "@/lib/actions/lifecycle.ts";
import type { ActionEvidenceView } from "@/lib/actions/types.ts";
import { actionFileEvidenceSchema, actionLinkEvidenceSchema, type Marking } from "@/lib/evidence/schema.ts";
import { removeFile } from "@/lib/evidence/storage.ts";
import { parseOrThrow } from "@/lib/validation.ts";
import { prisma } from "./client.ts";
import { appendAudit } from "./audit.ts";
import { loadForChange } from "./action-write.ts";
import { loadReadableAction } from "./action-detail.ts";
import { checkUpload, storeThenRecord } from "./evidence.ts";
import { ForbiddenError, NotFoundError } from "./errors.ts";

// Evidence of what was done about an action: files (the same checks and storage as answer
// evidence, lib/db/evidence.ts) or links. Read by whoever may read the action; added by its force
// until it is closed. Adding evidence does not change the action's version: it overwrites nothing.

type NewItem = { kind: "FILE" | "LINK"; title: string; marking: Marking } & Partial<Record<"fileName" | "storageKey" | "url" | "sha256" | "mimeType", string> & { sizeBytes: number }>;

const viewSelect = { id: true, kind: true, title: true, fileName: true, url: true, sizeBytes: true, marking: true, createdAt: true } as const;

async function insert(actor: Actor, action: { id: string; forceId: string }, data: NewItem): Promise<ActionEvidenceView> {
  const row = await prisma.$transaction(async (tx) => {
    // The action may have been closed since it was loaded: read its status again in the write.
    const now = await tx.action.findUniqueOrThrow({ where: { id: action.id }, select: { forceId: true, status: true } });
    if (!actionAbilities(actor, now).addEvidence) throw new ForbiddenError(refusal(actor, now, "addEvidence"));
    const created = await tx.evidence.create({ data: { ...data, actionId: action.id, uploadedById: actor.userId }, select: viewSelect });
    const { storageKey: _key, ...kept } = data;
    await appendAudit(tx, actor, { entityType: "action", entityId: action.id, forceId: action.forceId, action: ACTION_EVENTS.evidenceAdd, after: { evidenceId: created.id, ...kept } });
    return created;
  });
  return { ...row, createdAt: row.createdAt.toISOString(), addedBy: actor.name };
}

export async function addActionFileEvidence(actor: Actor, fields: unknown, file: { name: string; bytes: Uint8Array }): Promise<ActionEvidenceView> {
  const upload = checkUpload(actionFileEvidenceSchema, fields, file);
  const action = await loadForChange(actor, upload.fields.actionId, "addEvidence");
  return storeThenRecord(upload, file.bytes, (columns) => insert(actor, action, columns));
}

export async function addActionLinkEvidence(actor: Actor, input: unknown): Promise<ActionEvidenceView> {
  const { actionId, url, title, marking } = parseOrThrow(actionLinkEvidenceSchema, input);
  const action = await loadForChange(actor, actionId, "addEvidence");
  return insert(actor, action, { kind: "LINK", title, url: new URL(url).href, marking });
}

/** An item of an action's evidence, with the action, for anyone who may read that action. */
async function loadItem(actor: Actor, actionId: string, evidenceId: string) {
  const action = await loadReadableAction(actor, actionId);
  if (typeof evidenceId !== "string" || evidenceId.length > 64) throw new NotFoundError();
  const item = await prisma.evidence.findFirst({
    where: { id: evidenceId, actionId: action.id },
    select: { ...viewSelect, storageKey: true, mimeType: true, sha256: true },
  });
  if (!item) throw new NotFoundError();
  return { action, item };
}

export type ActionEvidenceDownload = { key: string; fileName: string; mimeType: string; sizeBytes: number };

/** What a download route needs: only files, only of an action the actor may read. */
export async function actionEvidenceForDownload(actor: Actor, actionId: string, evidenceId: string): Promise<ActionEvidenceDownload> {
  const { item } = await loadItem(actor, actionId, evidenceId);
  if (item.kind !== "FILE" || !item.storageKey || !item.fileName || !item.mimeType || item.sizeBytes === null) throw new NotFoundError();
  return { key: item.storageKey, fileName: item.fileName, mimeType: item.mimeType, sizeBytes: item.sizeBytes };
}

/** Removes an item while the force may still add evidence; its file goes once the removal is recorded. */
export async function deleteActionEvidence(actor: Actor, actionId: string, evidenceId: string): Promise<{ title: string }> {
  const { action, item } = await loadItem(actor, actionId, evidenceId);
  const able = actionAbilities(actor, action);
  // A completed action's evidence is what the chief officer checks: it stays until reopened.
  if (!able.edit) throw new ForbiddenError(able.addEvidence ? "This action is completed, so its evidence cannot be removed. A chief officer can reopen it" : refusal(actor, action, "addEvidence"));
  await prisma.$transaction(async (tx) => {
    const now = await tx.action.findUniqueOrThrow({ where: { id: action.id }, select: { forceId: true, status: true } });
    if (!actionAbilities(actor, now).edit) throw new ForbiddenError(refusal(actor, now, "edit"));
    const { count } = await tx.evidence.deleteMany({ where: { id: item.id, actionId: action.id } });
    if (count === 0) throw new NotFoundError();
    const { storageKey: _key, ...kept } = item;
    await appendAudit(tx, actor, { entityType: "action", entityId: action.id, forceId: action.forceId, action: ACTION_EVENTS.evidenceDelete, before: { evidenceId: item.id, ...kept } });
  });
  if (item.storageKey) await removeFile(item.storageKey).catch((err: unknown) => console.error(`Could not remove the file of evidence ${item.id}`, err));
  return { title: item.title };
}
