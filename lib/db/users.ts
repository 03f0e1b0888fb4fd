import "server-only";
import crypto from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Actor, Role } from "@/lib/auth/roles.ts";
import { can } from "@/lib/auth/permissions.ts";
import { newUserSchema } from "@/lib/users/schema.ts";
import { parseOrThrow } from "@/lib/validation.ts";
import { prisma } from "./client.ts";
import { appendAudit } from "./audit.ts";
import { NotFoundError, ValidationError } from "./errors.ts";
import { textContains } from "./text.ts";

export type UserSummary = {
  id: string;
  name: string;
  email: string;
  role: Role;
  forceSlug: string | null;
  forceName: string | null;
  active: boolean;
  createdAt: Date;
};

const userSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  active: true,
  createdAt: true,
  force: { select: { slug: true, name: true } },
} as const;

type UserRow = { id: string; name: string; email: string; role: Role; active: boolean; createdAt: Date; force: { slug: string; name: string } | null };

function toSummary(u: UserRow): UserSummary {
  return { id: u.id, name: u.name, email: u.email, role: u.role, active: u.active, createdAt: u.createdAt, forceSlug: u.force?.slug ?? null, forceName: u.force?.name ?? null };
}

/** Used by the sign-in hook before any actor exists. */
export async function isUserActive(userId: string): Promise<boolean> {
  const u = await prisma.user.findUnique({ where: { id: userId }, select: { active: true } });
  return !!u?.active;
}

/** Turns a session's user id into the Actor that every data-layer call receives. */
export async function loadActor(userId: string): Promise<Actor | null> {
  // Raw SQL: this runs on every request (see lib/db/sql.ts).
  const rows = await prisma.$queryRaw<{ id: string; name: string; email: string; role: Role; active: boolean | number; forceId: string | null; forceSlug: string | null; forceName: string | null }[]>`
    SELECT u."id", u."name", u."email", u."role", u."active", u."forceId", f."slug" AS "forceSlug", f."name" AS "forceName"
    FROM "user" u LEFT JOIN "Force" f ON f."id" = u."forceId" WHERE u."id" = ${userId}`;
  const u = rows[0];
  if (!u || !u.active) return null;
  return { userId: u.id, name: u.name, email: u.email, role: u.role, forceId: u.forceId, forceSlug: u.forceSlug, forceName: u.forceName };
}

function requireAdmin(actor: Actor) {
  // Outside scope reads as "not found", as everywhere else.
  if (!can(actor, "user:manage", null)) throw new NotFoundError();
}

export async function listUsers(
  actor: Actor,
  opts: { q?: string; page?: number; pageSize?: number } = {},
): Promise<{ users: UserSummary[]; total: number; page: number; pageSize: number }> {
  requireAdmin(actor);
  const pageSize = Math.min(Math.max(opts.pageSize ?? 50, 1), 200);
  const page = Math.max(opts.page ?? 1, 1);
  const q = opts.q?.trim();
  const where = q ? { OR: [{ name: textContains(q) }, { email: textContains(q) }] } : {};
  const [rows, total] = await Promise.all([
    prisma.user.findMany({ where, select: userSelect, orderBy: [{ active: "desc" }, { email: "asc" }], skip: (page - 1) * pageSize, take: pageSize }),
    prisma.user.count({ where }),
  ]);
  return { users: rows.map(toSummary), total, page, pageSize };
}

export function generateTemporaryPassword(): string {
  // 18 random bytes → 24 URL-safe characters: well above the 12-character minimum.
  return crypto.randomBytes(18).toString("base64url");
}

/** Adds a user with a one-time temporary password, returned once for the admin to pass on. */
export async function createUser(actor: Actor, input: unknown): Promise<{ user: UserSummary; temporaryPassword: string }> {
  const data = parseOrThrow(newUserSchema, input);
  requireAdmin(actor);
  const force = data.forceSlug ? await prisma.force.findUnique({ where: { slug: data.forceSlug }, select: { id: true } }) : null;
  if (data.forceSlug && !force) throw new ValidationError({ forceSlug: "Select a force from the list" });
  if (await prisma.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
    throw new ValidationError({ email: "A user with this email address already exists" });
  }
  const temporaryPassword = generateTemporaryPassword();
  const hash = await hashPassword(temporaryPassword);
  const user = await prisma.$transaction(async (tx) => {
    const created = await tx.user.create({
      data: { name: data.name, email: data.email, role: data.role, forceId: force?.id ?? null, emailVerified: true },
      select: userSelect,
    });
    await tx.account.create({ data: { userId: created.id, accountId: created.id, providerId: "credential", password: hash } });
    await appendAudit(tx, actor, {
      entityType: "user",
      entityId: created.id,
      action: "user.create",
      forceId: force?.id ?? null,
      after: { name: created.name, email: created.email, role: created.role, force: data.forceSlug || null },
    });
    return created;
  });
  return { user: toSummary(user), temporaryPassword };
}

/** Deactivating also ends every session of that user at once. */
export async function setUserActive(actor: Actor, userId: string, active: boolean): Promise<UserSummary> {
  requireAdmin(actor);
  if (typeof userId !== "string" || userId.length > 100) throw new NotFoundError();
  if (userId === actor.userId && !active) throw new ValidationError({ _form: "You cannot deactivate your own account" });
  const existing = await prisma.user.findUnique({ where: { id: userId }, select: { active: true, forceId: true } });
  if (!existing) throw new NotFoundError();
  const updated = await prisma.$transaction(async (tx) => {
    const u = await tx.user.update({ where: { id: userId }, data: { active, deactivatedAt: active ? null : new Date() }, select: userSelect });
    if (!active) await tx.session.deleteMany({ where: { userId } });
    await appendAudit(tx, actor, {
      entityType: "user",
      entityId: userId,
      action: active ? "user.reactivate" : "user.deactivate",
      forceId: existing.forceId,
      before: { active: existing.active },
      after: { active },
    });
    return u;
  });
  return toSummary(updated);
}
