import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles.ts";
import { addDays, ukDay } from "@/lib/actions/rag.ts";
import { dueDateFromApi } from "@/lib/actions/schemas.ts";
import * as fx from "@/lib/evidence/test-fixtures.ts";
import { partsOfDay } from "@/lib/forms/date-parts.ts";
import { prisma } from "./client.ts";
import { actorsFor } from "./test-support/actors.ts";
import { startAssessment } from "./assessment-start.ts";
import { saveAnswer } from "./answers.ts";
import { getAction, listSuggestedActions } from "./actions.ts";
import { acceptSuggestion, addActionUpdate, closeAction, completeAction, createAction, dismissSuggestion, reopenAction, updateAction } from "./action-changes.ts";
import { actionEvidenceForDownload, addActionFileEvidence, addActionLinkEvidence, deleteActionEvidence } from "./action-evidence.ts";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "./errors.ts";

// Changing actions through the real data layer: who may (role × own/other force), optimistic
// locking, completion rules, close and reopen, evidence, suggestions, audit. Force used only here:
// nottinghamshire (a draft). Staffordshire's demo actions are targets of refused changes only.

const uploads = fs.mkdtempSync(path.join(os.tmpdir(), "ihc-action-evidence-"));
process.env.UPLOAD_DIR = uploads;
afterAll(() => fs.rmSync(uploads, { recursive: true, force: true }));

let psd: Actor, chief: Actor, otherPsd: Actor, otherChief: Actor, inspector: Actor, admin: Actor;
let assessmentId: string, staffsActionId: string;

const p = partsOfDay(addDays(ukDay(new Date()), 45));
const DUE = { "dueDate-day": p.day, "dueDate-month": p.month, "dueDate-year": p.year };
const form = (over: Record<string, unknown> = {}) => ({ title: "Publish the gifts policy", description: "", questionCodes: "E1, E3", owner: "", priority: "HIGH", ...DUE, ...over });
const raise = (over: Record<string, unknown> = {}, actor = psd) => createAction(actor, form(over));
const events = (id: string) => prisma.auditEvent.findMany({ where: { entityType: "action", entityId: id }, orderBy: [{ at: "asc" }, { id: "asc" }] });
const fieldErrors = (p: Promise<unknown>) => p.then(() => ({}), (e: unknown) => (e instanceof ValidationError ? e.fieldErrors : { notValidation: String(e) }));

beforeAll(async () => {
  [psd, chief, otherPsd, otherChief, inspector, admin] = await actorsFor([
    "psd@nottinghamshire.example.org",
    "chief@nottinghamshire.example.org",
    "psd@staffordshire.example.org",
    "chief@staffordshire.example.org",
    "inspector@inspectorate.example.org",
    "admin@example.org",
  ] as const);
  assessmentId = (await startAssessment(psd, { cycleSlug: "2012-revisit" })).id;
  for (const [code, value] of [["E1", "not_started"], ["E3", "2030-01-01"], ["F1", "no"], ["F2", "no"], ["B4", "no"], ["C8", "partly"]] as const) {
    await saveAnswer(psd, { assessmentId, code, value, expectedVersion: 0 });
  }
  staffsActionId = (await prisma.action.findFirstOrThrow({ where: { force: { slug: "staffordshire" }, status: "IN_PROGRESS" }, select: { id: true } })).id;
}, 120_000);

describe("raising an action", () => {
  it("PSD raises one: the force's next reference, linked to its current assessment and the questions' sections, audited", async () => {
    const a = await raise({ owner: `user:${chief.userId}` });
    expect(a.reference).toMatch(/^NOT-A-\d{4}$/);
    expect(a).toMatchObject({ assessmentId, status: "NOT_STARTED", version: 1, questionCodes: ["E1", "E3"], sections: ["E"], owner: { kind: "user", userId: chief.userId } });
    expect(await prisma.actionQuestion.findMany({ where: { actionId: a.id }, select: { questionCode: true, sectionCode: true }, orderBy: { questionCode: "asc" } })).toEqual([
      { questionCode: "E1", sectionCode: "E" },
      { questionCode: "E3", sectionCode: "E" },
    ]);
    const [created] = await events(a.id);
    expect(created).toMatchObject({ action: "action.create", actorEmail: psd.email, forceId: psd.forceId });
    expect(JSON.parse(created!.after!)).toMatchObject({ reference: a.reference, title: "Publish the gifts policy", questionCodes: ["E1", "E3"] });
  });
  it("the chief officer raises one too; two raised at once get different references", async () => {
    const [a, b] = await Promise.all([raise({ title: "One" }, chief), raise({ title: "Two" })]);
    expect(a.reference).not.toBe(b.reference);
    expect(a.createdBy).toBe(chief.name);
  });
  it.each([
    ["an inspector", () => inspector],
    ["an administrator", () => admin],
  ])("%s cannot raise one (403), and nothing is written", async (_who, who) => {
    const before = await prisma.action.count();
    await expect(raise({}, who())).rejects.toBeInstanceOf(ForbiddenError);
    expect(await prisma.action.count()).toBe(before);
  });
  it.each([
    ["no title", { title: "  " }, { title: "Enter a title for the action" }],
    ["no due date", { "dueDate-day": "", "dueDate-month": "", "dueDate-year": "" }, { dueDate: "Enter the date the action is due" }],
    ["no month", { "dueDate-month": "" }, { "dueDate-month": "Due date must include a month" }],
    ["31 February", { "dueDate-day": "31", "dueDate-month": "2" }, { dueDate: "Due date must be a real date" }],
    ["a malformed question code", { questionCodes: "E1; drop" }, { questionCodes: "Enter question codes like E4 or F1, separated by commas" }],
    ["an owner that is not a person or role", { owner: "role:BOSS" }, { owner: "Select who owns the action from the list" }],
    ["no priority", { priority: "" }, { priority: "Select the priority of the action" }],
  ])("refuses %s with a message that says what to do", async (_what, over, expected) => {
    expect(await fieldErrors(raise(over))).toMatchObject(expected);
  });
  it("refuses a question outside the checklist, and an owner from another force", async () => {
    expect(await fieldErrors(raise({ questionCodes: ["Z99"] }))).toEqual({ questionCodes: "Question Z99 is not in the checklist. Enter question codes like E4 or F1" });
    expect(await fieldErrors(raise({ owner: `user:${otherPsd.userId}` }))).toEqual({ owner: "Select who owns the action from the list" });
  });
  it("the API's YYYY-MM-DD due date goes through the same rules", async () => {
    const { "dueDate-day": _d, "dueDate-month": _m, "dueDate-year": _y, ...rest } = form();
    expect(await fieldErrors(createAction(psd, dueDateFromApi({ ...rest, dueDate: "2030-02-30" })))).toEqual({ dueDate: "Due date must be a real date" });
    expect(await fieldErrors(createAction(psd, dueDateFromApi({ ...rest, dueDate: "soon" })))).toEqual({ dueDate: "Due date must be a real date" });
    expect((await createAction(psd, dueDateFromApi({ ...rest, dueDate: "2031-03-04" }))).dueDate).toBe("2031-03-04");
  });
});

describe("editing an action", () => {
  it("writes and audits only what changed, and moves the version on", async () => {
    const a = await raise();
    const b = await updateAction(psd, { ...form({ title: "Publish and communicate the gifts policy", questionCodes: ["E1", "A9"] }), actionId: a.id, expectedVersion: 1 });
    expect(b).toMatchObject({ version: 2, title: "Publish and communicate the gifts policy", questionCodes: ["A9", "E1"], sections: ["A", "E"] });
    const edit = (await events(a.id)).at(-1)!;
    expect(edit.action).toBe("action.update");
    expect(JSON.parse(edit.before!)).toEqual({ title: "Publish the gifts policy", questionCodes: ["E1", "E3"] });
    expect(JSON.parse(edit.after!)).toEqual({ title: "Publish and communicate the gifts policy", questionCodes: ["A9", "E1"] });
    expect(b.history.at(-1)!.summary).toBe("Changed the title and linked questions");
  });
  it("a stale version is a conflict carrying the action as it now stands; nothing is overwritten", async () => {
    const a = await raise();
    await updateAction(chief, { ...form({ title: "Chief's wording" }), actionId: a.id, expectedVersion: 1 });
    const e = await updateAction(psd, { ...form({ title: "PSD's wording" }), actionId: a.id, expectedVersion: 1 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ConflictError);
    expect((e as ConflictError).current).toMatchObject({ id: a.id, version: 2, title: "Chief's wording" });
    expect((await getAction(psd, a.id)).title).toBe("Chief's wording");
  });
  it("saving it unchanged writes nothing", async () => {
    const a = await raise();
    const before = (await events(a.id)).length;
    expect((await updateAction(psd, { ...form(), actionId: a.id, expectedVersion: 1 })).version).toBe(1);
    expect((await events(a.id)).length).toBe(before);
  });
  it("another force's users get not found; inspectors and admins never write", async () => {
    const a = await raise();
    const edit = (actor: Actor, actionId: string) => updateAction(actor, { ...form({ title: "Hijacked" }), actionId, expectedVersion: 1 });
    await expect(edit(otherPsd, a.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(edit(otherChief, a.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(edit(inspector, a.id)).rejects.toBeInstanceOf(NotFoundError); // a draft: not visible to the inspectorate
    await expect(edit(admin, a.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(edit(inspector, staffsActionId)).rejects.toBeInstanceOf(ForbiddenError); // visible, read-only
    await expect(edit(psd, staffsActionId)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getAction(psd, a.id)).title).toBe("Publish the gifts policy");
  });
});

describe("progress updates", () => {
  it("adds a dated note that may change the status; newest first", async () => {
    const a = await raise();
    await addActionUpdate(psd, { actionId: a.id, expectedVersion: 1, note: "Draft written", status: "IN_PROGRESS" });
    const b = await addActionUpdate(chief, { actionId: a.id, expectedVersion: 2, note: "Waiting for legal advice", status: "" });
    expect(b).toMatchObject({ status: "IN_PROGRESS", version: 3 });
    expect(b.updates.map((u) => [u.note, u.status, u.author])).toEqual([
      ["Waiting for legal advice", null, chief.name],
      ["Draft written", "IN_PROGRESS", psd.name],
    ]);
    expect(b.history.map((h) => h.summary).slice(-2)).toEqual(["Added a progress update and set the status to in progress", "Added a progress update"]);
  });
  it("needs a note; cannot complete or close the action; stale is a conflict", async () => {
    const a = await raise();
    expect(await fieldErrors(addActionUpdate(psd, { actionId: a.id, expectedVersion: 1, note: " " }))).toEqual({ note: "Enter what has happened since the last update" });
    expect(await fieldErrors(addActionUpdate(psd, { actionId: a.id, expectedVersion: 1, note: "x", status: "CLOSED" }))).toEqual({ status: "Select the status of the action" });
    await addActionUpdate(psd, { actionId: a.id, expectedVersion: 1, note: "first" });
    await expect(addActionUpdate(psd, { actionId: a.id, expectedVersion: 1, note: "second" })).rejects.toBeInstanceOf(ConflictError);
  });
  it("refused to other forces (404) and to inspectors (403)", async () => {
    const a = await raise();
    await expect(addActionUpdate(otherPsd, { actionId: a.id, expectedVersion: 1, note: "x" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addActionUpdate(inspector, { actionId: staffsActionId, expectedVersion: 1, note: "x" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("completing, closing and reopening", () => {
  it("completing needs a note, and evidence when the action asks for it", async () => {
    const a = await raise({ evidenceRequired: "yes" });
    expect(await fieldErrors(completeAction(psd, { actionId: a.id, expectedVersion: 1, completionNote: "" }))).toEqual({ completionNote: "Enter a completion note that says what was done" });
    expect(await fieldErrors(completeAction(psd, { actionId: a.id, expectedVersion: 1, completionNote: "Done" }))).toEqual({ evidence: "Add evidence of what was done before you mark this action as completed" });
    await addActionLinkEvidence(psd, { actionId: a.id, url: "https://intranet.example.org/gifts-policy", title: "Published policy", marking: "OFFICIAL" });
    const done = await completeAction(psd, { actionId: a.id, expectedVersion: 1, completionNote: "Policy published" });
    expect(done).toMatchObject({ status: "COMPLETED", rag: "done", completionNote: "Policy published", version: 2 });
    expect(done.completedAt).not.toBeNull();
    expect(done.updates[0]).toMatchObject({ note: "Policy published", status: "COMPLETED" });
    await expect(completeAction(psd, { actionId: a.id, expectedVersion: 2, completionNote: "Again" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addActionUpdate(psd, { actionId: a.id, expectedVersion: 2, note: "Back to work", status: "IN_PROGRESS" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateAction(psd, { ...form({ title: "Changed after completion" }), actionId: a.id, expectedVersion: 2 })).rejects.toBeInstanceOf(ForbiddenError);
  });
  it("only the force's chief officer closes, and only a completed action", async () => {
    const a = await raise();
    await expect(closeAction(chief, { actionId: a.id, expectedVersion: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    await completeAction(psd, { actionId: a.id, expectedVersion: 1, completionNote: "Done" });
    await expect(closeAction(psd, { actionId: a.id, expectedVersion: 2 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(closeAction(otherChief, { actionId: a.id, expectedVersion: 2 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(closeAction(inspector, { actionId: staffsActionId, expectedVersion: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    const closed = await closeAction(chief, { actionId: a.id, expectedVersion: 2, note: "Checked the policy on the intranet" });
    expect(closed).toMatchObject({ status: "CLOSED", closedBy: chief.name, version: 3 });
    expect(closed.closedAt).not.toBeNull();
    await expect(addActionUpdate(psd, { actionId: a.id, expectedVersion: 3, note: "More" })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await events(a.id)).map((e) => [e.action, e.actorEmail])).toEqual([
      ["action.create", psd.email],
      ["action.complete", psd.email],
      ["action.close", chief.email],
    ]);
  });
  it("only the chief officer reopens, with a reason, back to in progress", async () => {
    const a = await raise();
    await completeAction(psd, { actionId: a.id, expectedVersion: 1, completionNote: "Done" });
    await closeAction(chief, { actionId: a.id, expectedVersion: 2 });
    await expect(reopenAction(psd, { actionId: a.id, expectedVersion: 3, reason: "Not done" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(reopenAction(otherChief, { actionId: a.id, expectedVersion: 3, reason: "Not done" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await fieldErrors(reopenAction(chief, { actionId: a.id, expectedVersion: 3, reason: "" }))).toEqual({ reason: "Enter why the action needs more work" });
    await expect(reopenAction(chief, { actionId: a.id, expectedVersion: 2, reason: "Stale" })).rejects.toBeInstanceOf(ConflictError);
    const open = await reopenAction(chief, { actionId: a.id, expectedVersion: 3, reason: "Staff were not told" });
    expect(open).toMatchObject({ status: "IN_PROGRESS", completionNote: null, completedAt: null, closedAt: null, closedBy: null, version: 4 });
    expect(open.history.at(-1)!.summary).toBe("Reopened the action: Staff were not told");
    await expect(reopenAction(chief, { actionId: a.id, expectedVersion: 4, reason: "Again" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("evidence on an action", () => {
  it("a file is checked and stored like answer evidence; downloads only for readers of the action", async () => {
    const a = await raise();
    const item = await addActionFileEvidence(psd, { actionId: a.id, marking: "OFFICIAL_SENSITIVE" }, { name: "Gifts policy.pdf", bytes: fx.pdf("policy") });
    expect(item).toMatchObject({ kind: "FILE", fileName: "Gifts policy.pdf", marking: "OFFICIAL_SENSITIVE", addedBy: psd.name });
    expect((await actionEvidenceForDownload(chief, a.id, item.id)).fileName).toBe("Gifts policy.pdf");
    await expect(actionEvidenceForDownload(otherPsd, a.id, item.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(actionEvidenceForDownload(psd, staffsActionId, item.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await fieldErrors(addActionFileEvidence(psd, { actionId: a.id, marking: "OFFICIAL" }, { name: "x.pdf", bytes: fx.png() }))).toEqual({
      file: "The selected file must be a PDF, Word, Excel, CSV or image file",
    });
    expect((await getAction(psd, a.id)).history.at(-1)!.summary).toBe("Added evidence: Gifts policy.pdf");
    await deleteActionEvidence(psd, a.id, item.id);
    expect((await getAction(psd, a.id)).evidence).toEqual([]);
  });
  it("is refused to other forces and inspectors; stays once the action is completed", async () => {
    const a = await raise();
    const link = { actionId: a.id, url: "https://intranet.example.org/x", title: "X", marking: "OFFICIAL" };
    await expect(addActionLinkEvidence(otherPsd, link)).rejects.toBeInstanceOf(NotFoundError);
    await expect(addActionLinkEvidence(inspector, { ...link, actionId: staffsActionId })).rejects.toBeInstanceOf(ForbiddenError);
    const item = await addActionLinkEvidence(chief, link);
    await completeAction(psd, { actionId: a.id, expectedVersion: 1, completionNote: "Done" });
    await expect(deleteActionEvidence(psd, a.id, item.id)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("suggested actions", () => {
  it("accepting one (edited) raises an action linked to its question; it is no longer offered", async () => {
    const offered = (await listSuggestedActions(psd, assessmentId)).map((s) => s.questionCode);
    expect(offered).toEqual(expect.arrayContaining(["B4", "C8", "F1"]));
    expect(offered).not.toContain("E1"); // the actions raised above link to E1
    const a = await acceptSuggestion(psd, { ...form({ title: "Set up a confidential reporting line", questionCodes: "" }), assessmentId, questionCode: "B4" });
    expect(a).toMatchObject({ questionCodes: ["B4"], assessmentId });
    expect(a.history[0]!.summary).toBe("Raised the action from the suggestion for question B4");
    expect((await listSuggestedActions(psd, assessmentId)).map((s) => s.questionCode)).not.toContain("B4");
    await expect(acceptSuggestion(psd, { ...form(), assessmentId, questionCode: "B4" })).rejects.toBeInstanceOf(ConflictError);
  });
  it("dismissing one needs a reason, is audited, and it is no longer offered", async () => {
    expect(await fieldErrors(dismissSuggestion(psd, assessmentId, "F1", " "))).toEqual({ reason: "Enter why no action is needed" });
    await dismissSuggestion(psd, assessmentId, "F1", "Covered by the regional procurement review");
    expect((await listSuggestedActions(psd, assessmentId)).map((s) => s.questionCode)).not.toContain("F1");
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { entityType: "suggestion", entityId: `${assessmentId}:F1` } });
    expect(event).toMatchObject({ action: "suggestion.dismiss", actorEmail: psd.email });
    await expect(dismissSuggestion(chief, { assessmentId, questionCode: "F1", reason: "Again" })).rejects.toBeInstanceOf(ConflictError);
  });
  it("other forces, inspectors and admins cannot act on suggestions", async () => {
    await expect(dismissSuggestion(otherPsd, assessmentId, "C8", "No")).rejects.toBeInstanceOf(NotFoundError);
    await expect(dismissSuggestion(inspector, assessmentId, "C8", "No")).rejects.toBeInstanceOf(NotFoundError);
    await expect(dismissSuggestion(admin, assessmentId, "C8", "No")).rejects.toBeInstanceOf(NotFoundError);
    await expect(acceptSuggestion(otherPsd, { ...form(), assessmentId, questionCode: "C8" })).rejects.toBeInstanceOf(NotFoundError);
    const staffs = await prisma.action.findUniqueOrThrow({ where: { id: staffsActionId }, select: { assessmentId: true } });
    await expect(dismissSuggestion(inspector, staffs.assessmentId!, "B3", "No")).rejects.toBeInstanceOf(ForbiddenError);
    expect((await listSuggestedActions(psd, assessmentId)).map((s) => s.questionCode)).toContain("C8");
  });
});
