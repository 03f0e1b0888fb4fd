import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles.ts";
import { parseActionFilters } from "@/lib/actions/filters.ts";
import { addDays, ukDay } from "@/lib/actions/rag.ts";
import type { ActionSummary } from "@/lib/actions/types.ts";
import { partsOfDay } from "@/lib/forms/date-parts.ts";
import { prisma } from "./client.ts";
import { actorsFor } from "./test-support/actors.ts";
import { startAssessment } from "./assessment-start.ts";
import { getAction, getActionDashboard, listActionOwners, listActions, listSuggestedActions } from "./actions.ts";
import { closeAction, completeAction, createAction } from "./action-changes.ts";
import { NotFoundError } from "./errors.ts";

// Reading actions: scope by role and force, the tracker's filters (RAG at its boundaries), sorting,
// pages and counts, one action, the dashboard. Force used only here: derbyshire (its assessment is
// moved to "submitted" so the inspectorate can see it). Staffordshire's demo actions are only read.

const NOW = new Date();
const TODAY = ukDay(NOW);
const BULK = 30;

let psd: Actor, chief: Actor, otherPsd: Actor, inspector: Actor, admin: Actor, staffsPsd: Actor;
let assessmentId: string;
const ids: Record<string, string> = {};

const due = (days: number) => {
  const p = partsOfDay(addDays(TODAY, days));
  return { "dueDate-day": p.day, "dueDate-month": p.month, "dueDate-year": p.year };
};
const form = (title: string, days: number, over: Record<string, unknown> = {}) => ({ title, questionCodes: [], owner: "", priority: "MEDIUM", ...due(days), ...over });
const list = (actor: Actor, query: Record<string, string | string[]> = {}) => listActions(actor, parseActionFilters(query), NOW);
const refsOf = (rows: ActionSummary[]) => rows.map((r) => r.title);

beforeAll(async () => {
  [psd, chief, otherPsd, inspector, admin, staffsPsd] = await actorsFor([
    "psd@derbyshire.example.org",
    "chief@derbyshire.example.org",
    "psd@nottinghamshire.example.org",
    "inspector@inspectorate.example.org",
    "admin@example.org",
    "psd@staffordshire.example.org",
  ] as const);
  assessmentId = (await startAssessment(psd, { cycleSlug: "2012-revisit" })).id;
  await prisma.assessment.update({ where: { id: assessmentId }, data: { status: "SUBMITTED", submittedAt: NOW } });

  const make = async (key: string, f: Record<string, unknown>) => (ids[key] = (await createAction(psd, f)).id);
  await make("red", form("Overdue gifts register check", -1, { questionCodes: ["E4"], owner: `user:${psd.userId}`, priority: "HIGH" }));
  await make("today", form("Due today procurement review", 0, { questionCodes: ["F1"], owner: "role:HEAD_OF_PROCUREMENT" }));
  await make("d30", form("Media policy in thirty days", 30, { questionCodes: ["C2", "D1"], priority: "LOW" }));
  await make("d31", form("Thirty-one days out", 31, { priority: "HIGH", description: "Checks on SUSPECTED leaks to journalists" }));
  await make("completed", form("Completed training plan", -20, { questionCodes: ["K1"], priority: "HIGH" }));
  await make("closed", form("Closed expenses review", -40, { questionCodes: ["G3"] }));
  for (let i = 1; i <= BULK; i++) await make(`bulk${i}`, form(`Bulk ${String(i).padStart(2, "0")}`, 60 + i, { questionCodes: ["K3"], priority: ["HIGH", "MEDIUM", "LOW"][i % 3] }));
  await completeAction(psd, { actionId: ids.completed, expectedVersion: 1, completionNote: "Training plan agreed" });
  await completeAction(psd, { actionId: ids.closed, expectedVersion: 1, completionNote: "Reviewed" });
  await closeAction(chief, { actionId: ids.closed, expectedVersion: 2 });
}, 120_000);

describe("who sees which actions", () => {
  it("the force's PSD and chief officer see all its actions", async () => {
    for (const a of [psd, chief]) {
      const r = await list(a, { perPage: "100" });
      expect(r.total).toBe(6 + BULK);
      expect(new Set(r.rows.map((x) => x.forceName))).toEqual(new Set(["Derbyshire Constabulary"]));
    }
  });
  it("a force user never sees another force's actions, whatever the force filter says", async () => {
    const r = await list(otherPsd, { perPage: "100", force: "derbyshire" });
    expect(r.rows.map((x) => x.id)).not.toContain(ids.red);
    expect(r.rows.every((x) => x.forceName === "Nottinghamshire Police")).toBe(true);
    await expect(getAction(otherPsd, ids.red!)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getAction(staffsPsd, ids.red!)).rejects.toBeInstanceOf(NotFoundError);
  });
  it("inspectors see the actions of a submitted assessment in any force, and can pick the force", async () => {
    const r = await list(inspector, { force: "derbyshire", perPage: "100" });
    expect(r.total).toBe(6 + BULK);
    expect((await getAction(inspector, ids.red!)).reference).toMatch(/^DER-A-\d{4}$/);
    const staffs = await list(inspector, { force: "staffordshire" });
    expect(staffs.total).toBeGreaterThan(0);
    expect(staffs.rows.every((x) => x.forceName === "Staffordshire Police")).toBe(true);
  });
  it("inspectors do not see actions while the assessment is still with the force", async () => {
    await prisma.assessment.update({ where: { id: assessmentId }, data: { status: "DRAFT" } });
    try {
      expect((await list(inspector, { force: "derbyshire" })).total).toBe(0);
      await expect(getAction(inspector, ids.red!)).rejects.toBeInstanceOf(NotFoundError);
    } finally {
      await prisma.assessment.update({ where: { id: assessmentId }, data: { status: "SUBMITTED" } });
    }
  });
  it("administrators see no actions at all", async () => {
    await expect(list(admin)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getAction(admin, ids.red!)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getActionDashboard(admin, NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listActionOwners(admin)).rejects.toBeInstanceOf(NotFoundError);
  });
  it("an unknown or malformed id is simply not found", async () => {
    await expect(getAction(psd, "nope")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getAction(psd, "x".repeat(500))).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("filters", () => {
  it("RAG at its boundaries: yesterday overdue, today and +30 due soon, +31 on track", async () => {
    expect(refsOf((await list(psd, { rag: "red" })).rows)).toEqual(["Overdue gifts register check"]);
    expect(refsOf((await list(psd, { rag: "amber" })).rows)).toEqual(["Due today procurement review", "Media policy in thirty days"]);
    const green = refsOf((await list(psd, { rag: "green", perPage: "100" })).rows);
    expect(green).toContain("Thirty-one days out");
    expect(green).not.toContain("Media policy in thirty days");
    expect(green).toHaveLength(1 + BULK);
    expect(refsOf((await list(psd, { rag: "done" })).rows).sort()).toEqual(["Closed expenses review", "Completed training plan"]);
    expect(refsOf((await list(psd, { overdue: "1" })).rows)).toEqual(["Overdue gifts register check"]);
    expect((await list(psd, { rag: ["red", "done"] })).total).toBe(3);
  });
  it("counts by RAG and status describe the matching rows", async () => {
    const { counts } = await list(psd);
    expect(counts).toEqual({
      total: 6 + BULK,
      byRag: { red: 1, amber: 2, green: 1 + BULK, done: 2 },
      byStatus: { NOT_STARTED: 4 + BULK, IN_PROGRESS: 0, BLOCKED: 0, COMPLETED: 1, CLOSED: 1 },
    });
    expect((await list(psd, { priority: "HIGH", rag: "green" })).counts.byRag).toEqual({ red: 0, amber: 0, green: 1 + BULK / 3, done: 0 });
  });
  it("status, priority and section", async () => {
    expect(refsOf((await list(psd, { status: "COMPLETED" })).rows)).toEqual(["Completed training plan"]);
    expect((await list(psd, { priority: "LOW" })).total).toBe(1 + BULK / 3);
    expect(refsOf((await list(psd, { section: "E" })).rows)).toEqual(["Overdue gifts register check"]);
    expect(refsOf((await list(psd, { section: ["C", "G"] })).rows).sort()).toEqual(["Closed expenses review", "Media policy in thirty days"]);
    expect((await list(psd, { section: "K" })).total).toBe(1 + BULK);
  });
  it("owner: a person, a named role, nobody; an unknown owner matches nothing", async () => {
    expect(refsOf((await list(psd, { owner: `user:${psd.userId}` })).rows)).toEqual(["Overdue gifts register check"]);
    expect(refsOf((await list(psd, { owner: psd.userId })).rows)).toEqual(["Overdue gifts register check"]);
    expect(refsOf((await list(psd, { owner: "role:HEAD_OF_PROCUREMENT" })).rows)).toEqual(["Due today procurement review"]);
    expect((await list(psd, { owner: "none" })).total).toBe(4 + BULK);
    expect((await list(psd, { owner: "role:NOBODY" })).total).toBe(0);
  });
  it("free text searches reference, title and description, ignoring case", async () => {
    expect(refsOf((await list(psd, { q: "suspected LEAKS" })).rows)).toEqual(["Thirty-one days out"]);
    expect(refsOf((await list(psd, { q: "procurement" })).rows)).toEqual(["Due today procurement review"]);
    const { reference } = await getAction(psd, ids.red!);
    expect(refsOf((await list(psd, { q: reference.toLowerCase() })).rows)).toEqual(["Overdue gifts register check"]);
    expect((await list(psd, { q: "no such words anywhere" })).total).toBe(0);
    // Typed characters are matched as they are, not as wildcards.
    expect((await list(psd, { q: "%" })).total).toBe(0);
    expect((await list(psd, { q: "Bulk _1" })).total).toBe(0);
  });
});

describe("sorting and pages", () => {
  const allPages = async (query: Record<string, string>) => {
    const first = await list(psd, { ...query, perPage: "25" });
    const rest = await Promise.all(Array.from({ length: first.pageCount - 1 }, (_, i) => list(psd, { ...query, perPage: "25", page: String(i + 2) })));
    return [first, ...rest].flatMap((p) => p.rows);
  };
  it("by due date (the default), soonest first; reversed with -due", async () => {
    const rows = await allPages({});
    expect(rows).toHaveLength(6 + BULK);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(rows.map((r) => r.dueDate)).toEqual([...rows.map((r) => r.dueDate)].sort());
    expect((await allPages({ sort: "-due" })).map((r) => r.id)).toEqual(rows.map((r) => r.id).reverse());
  });
  it.each([
    ["priority", ["HIGH", "MEDIUM", "LOW"], (r: ActionSummary) => r.priority],
    ["-priority", ["LOW", "MEDIUM", "HIGH"], (r: ActionSummary) => r.priority],
    ["status", ["NOT_STARTED", "IN_PROGRESS", "BLOCKED", "COMPLETED", "CLOSED"], (r: ActionSummary) => r.status],
  ] as const)("by %s across pages, in our order whatever the database", async (sort, order, value) => {
    const rows = await allPages({ sort });
    expect(rows).toHaveLength(6 + BULK);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    const ranks = rows.map((r) => (order as readonly string[]).indexOf(value(r)));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
  it("by title", async () => {
    const titles = (await allPages({ sort: "title" })).map((r) => r.title);
    expect(titles.filter((t) => t.startsWith("Bulk"))).toEqual(Array.from({ length: BULK }, (_, i) => `Bulk ${String(i + 1).padStart(2, "0")}`));
  });
  it("pages: 25 then the rest; a page past the end shows the last", async () => {
    const p1 = await list(psd, { perPage: "25" });
    expect([p1.rows.length, p1.page, p1.pageCount, p1.total]).toEqual([25, 1, 2, 6 + BULK]);
    const p9 = await list(psd, { perPage: "25", page: "9" });
    expect([p9.rows.length, p9.page]).toEqual([6 + BULK - 25, 2]);
    const none = await list(psd, { q: "no such words anywhere", page: "3" });
    expect([none.rows.length, none.page, none.pageCount]).toEqual([0, 1, 1]);
  });
});

describe("one action", () => {
  it("links its questions with their prompt and recommendation, and shows its history", async () => {
    const a = await getAction(psd, ids.d30!);
    expect(a.questions.map((q) => [q.code, q.sectionCode])).toEqual([["C2", "C"], ["D1", "D"]]);
    expect(a.questions[0]!.prompt).toMatch(/media policy/);
    expect(a.questions[0]!.recommendation).not.toBeNull();
    expect(a.sections).toEqual(["C", "D"]);
    expect(a.assessmentId).toBe(assessmentId);
    const closed = await getAction(chief, ids.closed!);
    expect(closed.history.map((h) => h.action)).toEqual(["action.create", "action.complete", "action.close"]);
    expect(closed.history[2]).toMatchObject({ actor: chief.name, summary: "Verified the action and closed it" });
    expect(closed).toMatchObject({ status: "CLOSED", rag: "done", closedBy: chief.name, completionNote: "Reviewed" });
  });
  it("says what the asking person may do now", async () => {
    const none = { edit: false, update: false, complete: false, close: false, reopen: false, addEvidence: false };
    expect((await getAction(psd, ids.red!)).can).toEqual({ edit: true, update: true, complete: true, close: false, reopen: false, addEvidence: true });
    expect((await getAction(chief, ids.completed!)).can).toEqual({ edit: false, update: true, complete: false, close: true, reopen: true, addEvidence: true });
    expect((await getAction(psd, ids.completed!)).can).toMatchObject({ close: false, reopen: false });
    expect((await getAction(chief, ids.closed!)).can).toEqual({ ...none, reopen: true });
    expect((await getAction(inspector, ids.red!)).can).toEqual(none);
  });
});

describe("the dashboard", () => {
  it("adds up the force's actions by RAG and section, with the lists that need attention", async () => {
    const d = await getActionDashboard(chief, NOW);
    expect(d.forceName).toBe("Derbyshire Constabulary");
    expect(d.assessment).toMatchObject({ id: assessmentId, status: "SUBMITTED", awaitingSignOff: false, cycleName: "2012 revisit" });
    expect(d.totals).toEqual((await list(chief)).counts);
    expect(d.percentComplete).toBe(Math.round((2 / (6 + BULK)) * 100));
    expect(d.bySection.map((s) => s.sectionCode)).toEqual(["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"]);
    expect(d.bySection.find((s) => s.sectionCode === "E")).toMatchObject({ outstanding: 1, red: 1, amber: 0, green: 0 });
    expect(d.bySection.find((s) => s.sectionCode === "K")).toMatchObject({ outstanding: BULK, green: BULK });
    expect(d.bySection.find((s) => s.sectionCode === "G")).toMatchObject({ outstanding: 0 });
    expect(refsOf(d.overdue)).toEqual(["Overdue gifts register check"]);
    expect(refsOf(d.dueSoon)).toEqual(["Due today procurement review", "Media policy in thirty days"]);
    expect(refsOf(d.awaitingVerification)).toEqual(["Completed training plan"]);
    expect(refsOf(d.recentlyClosed)).toEqual(["Closed expenses review"]);
  });
  it("is for the force's own people only", async () => {
    await expect(getActionDashboard(inspector, NOW)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getActionDashboard(otherPsd, NOW)).forceName).toBe("Nottinghamshire Police");
  });
});

describe("owners and suggestions", () => {
  it("owners are the force's own people, then the named roles", async () => {
    const owners = await listActionOwners(psd);
    const values = owners.map((o) => o.value);
    expect(values).toContain(`user:${psd.userId}`);
    expect(values).toContain(`user:${chief.userId}`);
    expect(values).not.toContain(`user:${otherPsd.userId}`);
    expect(values).toContain("role:HEAD_OF_PROCUREMENT");
    expect((await listActionOwners(inspector)).every((o) => o.value.startsWith("role:"))).toBe(true);
  });
  it("suggestions come from the answers' gaps, leaving out those already raised", async () => {
    const staffs = await prisma.assessment.findFirstOrThrow({ where: { force: { slug: "staffordshire" }, cycle: { slug: "2012-revisit" } }, select: { id: true } });
    const codes = (await listSuggestedActions(staffsPsd, staffs.id)).map((s) => s.questionCode);
    expect(codes).toContain("B3"); // answered "partly", no demo action
    expect(codes).not.toContain("F1"); // answered "no", but the demo plan has an action for it
    expect((await listSuggestedActions(staffsPsd, staffs.id, "B3")).map((s) => s.questionCode)).toEqual(["B3"]);
    expect((await listSuggestedActions(inspector, staffs.id)).length).toBe(codes.length);
    await expect(listSuggestedActions(psd, staffs.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listSuggestedActions(admin, staffs.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
