import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/roles.ts";
import type { Tx } from "./client.ts";

export type AuditInput = {
  entityType: string;
  entityId: string;
  action: string;
  forceId?: string | null;
  before?: unknown;
  after?: unknown;
  /** When it happened, if not now: only demo data replays past events. */
  at?: Date;
};

/** Appends one audit event inside the caller's transaction, so the change and its record land together. */
export async function appendAudit(tx: Tx, actor: Actor | null, input: AuditInput): Promise<void> {
  // Raw insert (lib/db/sql.ts): every mutation appends one, autosave many per second.
  await tx.$executeRaw`INSERT INTO "AuditEvent" ("id", "at", "actorId", "actorEmail", "actorRole", "forceId", "entityType", "entityId", "action", "before", "after")
    VALUES (${auditId()}, ${input.at ?? new Date()}, ${actor?.userId ?? null}, ${actor?.email ?? "system"}, ${actor?.role ?? null}, ${input.forceId ?? null},
      ${input.entityType}, ${input.entityId}, ${input.action}, ${input.before === undefined ? null : JSON.stringify(input.before)}, ${input.after === undefined ? null : JSON.stringify(input.after)})`;
}

/** Time-ordered ids (hex milliseconds then randomness), so ids sort like the events. */
function auditId(): string {
  return `ae${Date.now().toString(16).padStart(12, "0")}${randomBytes(8).toString("hex")}`;
}
