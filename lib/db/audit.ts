import "server-only";
import type { Actor } from "@/lib/auth/roles.ts";
import type { Tx } from "./client.ts";

export type AuditInput = {
  entityType: string;
  entityId: string;
  action: string;
  forceId?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Appends one audit event inside the caller's transaction, so the change and its record land together. */
export async function appendAudit(tx: Tx, actor: Actor | null, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: actor?.userId ?? null,
      actorEmail: actor?.email ?? "system",
      actorRole: actor?.role ?? null,
      forceId: input.forceId ?? null,
      entityType: input.entityType,
      entityId: input.entityId,
      action: input.action,
      before: input.before === undefined ? null : JSON.stringify(input.before),
      after: input.after === undefined ? null : JSON.stringify(input.after),
    },
  });
}
