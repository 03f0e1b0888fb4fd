import type { Actor } from "../../lib/auth/roles.ts";
import { currentChecklist } from "../../lib/checklist/index.ts";
import { ACTION_EVENTS } from "../../lib/actions/history.ts";
import { actionReference, forceInitials } from "../../lib/actions/owners.ts";
import { addDays, dayStart, ukDay, type ActionStatus } from "../../lib/actions/rag.ts";
import { prisma, type Tx } from "../../lib/db/client.ts";
import { appendAudit } from "../../lib/db/audit.ts";
import { demoActionPlans, type DemoAction } from "./demo-actions/index.ts";
import { chiefEmail, psdEmail } from "./demo.ts";

// The demo forces' action plans (prisma/seed/demo-actions/), written into the database as if
// people had raised and worked them: updates, evidence, completion and closure, each with the audit
// event the data layer would have written. Dates are relative to today, so the mix of overdue,
// due soon, on track and done holds whenever the demo starts. Runs once, into an empty database.

const DAY_MS = 86_400_000;

type People = { psd: Actor; chief: Actor };

async function actorOf(email: string): Promise<Actor> {
  const u = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true, email: true, role: true, forceId: true, force: { select: { slug: true, name: true } } } });
  return { userId: u.id, name: u.name, email: u.email, role: u.role, forceId: u.forceId, forceSlug: u.force?.slug ?? null, forceName: u.force?.name ?? null };
}

function statusOf(a: DemoAction): ActionStatus {
  if (a.closed) return "CLOSED";
  if (a.completed) return "COMPLETED";
  return [...(a.updates ?? [])].reverse().find((u) => u.status)?.status ?? "NOT_STARTED";
}

async function seedAction(tx: Tx, a: DemoAction, ref: { reference: string; forceId: string; assessmentId: string | null }, people: People, now: Date): Promise<void> {
  const at = (day: number) => new Date(now.getTime() + day * DAY_MS);
  const owner = a.owner === "psd" || a.owner === "chief" ? { ownerUserId: people[a.owner].userId, ownerRole: null } : { ownerUserId: null, ownerRole: a.owner };
  const questions = a.codes.map((code) => ({ questionCode: code, sectionCode: currentChecklist.sectionOfQuestion.get(code)!.code }));
  const dueDate = addDays(ukDay(now), a.due);
  const updates = [...(a.updates ?? [])].sort((x, y) => x.day - y.day);
  const lastDay = Math.max(a.created, ...updates.map((u) => u.day), ...(a.evidence ?? []).map((e) => e.day), a.completed?.day ?? -Infinity, a.closed?.day ?? -Infinity);
  const row = await tx.action.create({
    data: {
      ...ref,
      ...owner,
      title: a.title,
      description: a.description,
      dueDate: dayStart(dueDate),
      priority: a.priority,
      status: statusOf(a),
      evidenceRequired: a.evidenceRequired ?? false,
      completionNote: a.completed?.note ?? null,
      completedAt: a.completed ? at(a.completed.day) : null,
      closedAt: a.closed ? at(a.closed.day) : null,
      closedById: a.closed ? people.chief.userId : null,
      version: 1 + updates.length + (a.completed ? 1 : 0) + (a.closed ? 1 : 0),
      createdById: people.psd.userId,
      createdAt: at(a.created),
      updatedAt: at(lastDay),
      questions: { create: questions },
    },
    select: { id: true },
  });
  const audit = (actor: Actor, day: number, action: string, before: unknown, after: unknown) =>
    appendAudit(tx, actor, { entityType: "action", entityId: row.id, forceId: ref.forceId, action, before, after, at: at(day) });

  await audit(people.psd, a.created, ACTION_EVENTS.create, undefined, {
    reference: ref.reference,
    assessmentId: ref.assessmentId,
    status: "NOT_STARTED",
    title: a.title,
    questionCodes: a.codes,
    dueDate,
    priority: a.priority,
  });
  let status: ActionStatus = "NOT_STARTED";
  for (const u of updates) {
    const next: ActionStatus = u.status ?? status;
    await tx.actionUpdate.create({ data: { actionId: row.id, authorId: people[u.by].userId, note: u.note, status: u.status && u.status !== status ? u.status : null, createdAt: at(u.day) } });
    await audit(people[u.by], u.day, ACTION_EVENTS.progress, { status }, { status: next, note: u.note });
    status = next;
  }
  for (const e of a.evidence ?? []) {
    const item = await tx.evidence.create({ data: { actionId: row.id, kind: "LINK", title: e.title, url: e.url, uploadedById: people.psd.userId, createdAt: at(e.day) }, select: { id: true } });
    await audit(people.psd, e.day, ACTION_EVENTS.evidenceAdd, undefined, { evidenceId: item.id, kind: "LINK", title: e.title, url: e.url, marking: "OFFICIAL" });
  }
  if (a.completed) {
    await tx.actionUpdate.create({ data: { actionId: row.id, authorId: people.psd.userId, note: a.completed.note, status: "COMPLETED", createdAt: at(a.completed.day) } });
    await audit(people.psd, a.completed.day, ACTION_EVENTS.complete, { status }, { status: "COMPLETED", completionNote: a.completed.note });
  }
  if (a.closed) {
    if (a.closed.note) await tx.actionUpdate.create({ data: { actionId: row.id, authorId: people.chief.userId, note: a.closed.note, status: "CLOSED", createdAt: at(a.closed.day) } });
    await audit(people.chief, a.closed.day, ACTION_EVENTS.close, { status: "COMPLETED" }, { status: "CLOSED", note: a.closed.note ?? "" });
  }
}

export async function seedDemoActions(now = new Date()): Promise<void> {
  for (const [slug, plan] of Object.entries(demoActionPlans)) {
    const force = await prisma.force.findUniqueOrThrow({ where: { slug }, select: { id: true, name: true } });
    const assessment = await prisma.assessment.findFirst({ where: { forceId: force.id }, orderBy: { cycle: { periodStart: "desc" } }, select: { id: true } });
    const people = { psd: await actorOf(psdEmail(slug)), chief: await actorOf(chiefEmail(slug)) };
    const prefix = forceInitials(force.name);
    await prisma.$transaction(async (tx) => {
      for (const [i, a] of plan.entries()) {
        await seedAction(tx, a, { reference: actionReference(prefix, i + 1), forceId: force.id, assessmentId: assessment?.id ?? null }, people, now);
      }
    });
  }
}
