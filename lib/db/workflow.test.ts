import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles.ts";
import { canonicalJson } from "@/lib/checklist/hash.ts";
import { checklistV1 } from "@/lib/checklist/v1/index.ts";
import { missingRequiredQuestions } from "@/lib/assessments/readiness.ts";
import { verifySnapshot } from "@/lib/assessments/snapshot.ts";
import { answers as wiltshire } from "@/prisma/seed/demo-answers/wiltshire.ts";
import { prisma } from "./client.ts";
import { actorFor } from "./test-support/actors.ts";
import { declaration } from "./test-support/declaration.ts";
import { startAssessment } from "./assessment-start.ts";
import { saveAnswer } from "./answers.ts";
import { listSignOffNotes, markReady, returnToPsd, submitAssessment } from "./assessment-workflow.ts";
import { getSubmissionReceipt, getWorkflowView } from "./workflow-views.ts";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "./errors.ts";

// Readiness, sign-off, return and submission through the real data layer and database.
// Forces used only here: essex (the whole journey), suffolk (readiness), norfolk (races),
// lincolnshire (resubmission after the inspectorate returns it).

type Force = { psd: Actor; chief: Actor; id: string };
const forces: Record<string, Force> = {};
let inspector: Actor, admin: Actor;

async function setUp(slug: string, fill: boolean): Promise<Force> {
  const [psd, chief] = await Promise.all([actorFor(`psd@${slug}.example.org`), actorFor(`chief@${slug}.example.org`)]);
  const { id } = await startAssessment(psd, { cycleSlug: "2012-revisit" });
  if (fill) for (const [code, value] of Object.entries(wiltshire)) await saveAnswer(psd, { assessmentId: id, code, value, expectedVersion: 0 });
  return { psd, chief, id };
}

const state = (id: string) => prisma.assessment.findUniqueOrThrow({ where: { id } });
const auditActions = async (id: string) =>
  (await prisma.auditEvent.findMany({ where: { entityType: "assessment", entityId: id }, orderBy: { at: "asc" } })).map((e) => ({
    action: e.action,
    actorRole: e.actorRole,
    before: e.before ? (JSON.parse(e.before) as { status?: string }).status : undefined,
    after: e.after ? (JSON.parse(e.after) as { status?: string }).status : undefined,
  }));

beforeAll(async () => {
  [inspector, admin] = await Promise.all([actorFor("inspector@inspectorate.example.org"), actorFor("admin@example.org")]);
  const [essex, suffolk, norfolk, lincolnshire] = await Promise.all([
    setUp("essex", true),
    setUp("suffolk", false),
    setUp("norfolk", true),
    setUp("lincolnshire", true),
  ]);
  Object.assign(forces, { essex, suffolk, norfolk, lincolnshire });
}, 120_000);

describe("required questions still to answer", () => {
  it("lists applicable required questions without an answer, in checklist order", () => {
    const missing = missingRequiredQuestions(checklistV1, {});
    expect(missing[0]).toMatchObject({ sectionCode: "A", code: "A1", prompt: expect.stringContaining("integrity health check") });
    // Follow-ups count only once their parent's answer shows them.
    expect(missing.map((m) => m.code)).not.toContain("A2");
    expect(missing.map((m) => m.code)).not.toContain("A4");
    expect(missingRequiredQuestions(checklistV1, { A1: "no" }).map((m) => m.code)).toContain("A4");
    expect(missingRequiredQuestions(checklistV1, { A1: "yes" }).map((m) => m.code)).toEqual(expect.arrayContaining(["A2", "A3", "A5"]));
    expect(missingRequiredQuestions(checklistV1, wiltshire)).toEqual([]);
  });

  it("marking ready is refused with the missing questions listed, and nothing changes", async () => {
    const { psd, id } = forces.suffolk!;
    await saveAnswer(psd, { assessmentId: id, code: "A1", value: "no", expectedVersion: 0 });
    const refused = markReady(psd, { assessmentId: id, expectedVersion: 1 });
    await expect(refused).rejects.toBeInstanceOf(ValidationError);
    const error = (await refused.catch((e: unknown) => e)) as ValidationError;
    const expected = missingRequiredQuestions(checklistV1, { A1: "no" }).map((m) => m.code);
    expect(Object.keys(error.fieldErrors)).toEqual(expected);
    expect(error.fieldErrors.A4).toContain("When do you expect to finish the health check?");
    expect(await state(id)).toMatchObject({ status: "DRAFT", version: 1, readyAt: null });
    const view = await getWorkflowView(psd, id);
    expect(view.missing.map((m) => m.code)).toEqual(expected);
    expect(view.may).toEqual({ markReady: true, signOff: false });
  });
});

describe("the whole journey: ready, returned, ready again, submitted", () => {
  it("only the force's PSD may mark it ready; others are refused or not found", async () => {
    const { psd, chief, id } = forces.essex!;
    const other = forces.norfolk!;
    const input = { assessmentId: id, expectedVersion: 1 };
    await expect(markReady(chief, input)).rejects.toBeInstanceOf(ForbiddenError);
    for (const actor of [other.psd, other.chief, inspector, admin]) await expect(markReady(actor, input)).rejects.toBeInstanceOf(NotFoundError);
    await expect(markReady(psd, { assessmentId: id, expectedVersion: 7 })).rejects.toBeInstanceOf(ConflictError);
    expect(await state(id)).toMatchObject({ status: "DRAFT", version: 1 });

    await expect(markReady(psd, input)).resolves.toMatchObject({ status: "READY_FOR_SIGN_OFF", version: 2 });
    await expect(getWorkflowView(chief, id)).resolves.toMatchObject({ version: 2, missing: [], may: { markReady: false, signOff: true } });
    const after = await state(id);
    expect(after.readyAt).toBeInstanceOf(Date);
    // A second click with the version it was sent with is a conflict; with the new one, a refusal.
    await expect(markReady(psd, input)).rejects.toBeInstanceOf(ConflictError);
    await expect(markReady(psd, { assessmentId: id, expectedVersion: 2 })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("answers are locked while waiting for sign-off", async () => {
    const { psd, id } = forces.essex!;
    await expect(saveAnswer(psd, { assessmentId: id, code: "A13", value: "Late note", expectedVersion: 0 })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("only the force's chief officer may return it, with a comment", async () => {
    const { psd, chief, id } = forces.essex!;
    const input = { assessmentId: id, expectedVersion: 2, comment: "  Please add the date the gifts register was last checked.\r\n" };
    await expect(returnToPsd(psd, input)).rejects.toBeInstanceOf(ForbiddenError);
    for (const actor of [forces.norfolk!.psd, forces.norfolk!.chief, inspector, admin]) await expect(returnToPsd(actor, input)).rejects.toBeInstanceOf(NotFoundError);
    await expect(returnToPsd(chief, { ...input, comment: "   " })).rejects.toMatchObject({ fieldErrors: { comment: "Enter a comment explaining what needs to change" } });
    await expect(returnToPsd(chief, { ...input, comment: "x".repeat(2001) })).rejects.toMatchObject({ fieldErrors: { comment: "Comment must be 2,000 characters or fewer" } });
    expect(await state(id)).toMatchObject({ status: "READY_FOR_SIGN_OFF", version: 2 });

    await expect(returnToPsd(chief, input)).resolves.toMatchObject({ status: "DRAFT", version: 3 });
    expect(await state(id)).toMatchObject({ status: "DRAFT", version: 3, readyAt: null });
  });

  it("the return note is listed for the force, newest first, and not for others", async () => {
    const { psd, chief, id } = forces.essex!;
    const notes = await listSignOffNotes(psd, id);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ comment: "Please add the date the gifts register was last checked.", author: chief.name, resolvedAt: null });
    await expect(listSignOffNotes(chief, id)).resolves.toHaveLength(1);
    for (const actor of [forces.norfolk!.psd, inspector, admin]) await expect(listSignOffNotes(actor, id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("the PSD can change answers again, and sending it back resolves the note", async () => {
    const { psd, id } = forces.essex!;
    await expect(saveAnswer(psd, { assessmentId: id, code: "A13", value: "Gifts register checked on 2 July 2012.", expectedVersion: 0 })).resolves.toMatchObject({ version: 1 });
    await expect(markReady(psd, { assessmentId: id, expectedVersion: 3 })).resolves.toMatchObject({ status: "READY_FOR_SIGN_OFF", version: 4 });
    expect((await listSignOffNotes(psd, id))[0]!.resolvedAt).toBeInstanceOf(Date);
  });

  it("only the force's chief officer may submit, with a complete declaration", async () => {
    const { psd, chief, id } = forces.essex!;
    await expect(submitAssessment(psd, declaration(id, 4))).rejects.toBeInstanceOf(ForbiddenError);
    for (const actor of [forces.norfolk!.psd, forces.norfolk!.chief, inspector, admin]) {
      await expect(submitAssessment(actor, declaration(id, 4))).rejects.toBeInstanceOf(NotFoundError);
    }
    const bad = submitAssessment(chief, declaration(id, 4, { declarationName: " ", "declarationDate-month": "", confirm: undefined }));
    await expect(bad).rejects.toMatchObject({
      fieldErrors: {
        declarationName: "Enter your full name",
        "declarationDate-month": "Date of the declaration must include a month",
        confirm: "Confirm that the answers are complete and accurate",
      },
    });
    const nextYear = String(new Date().getUTCFullYear() + 1);
    await expect(submitAssessment(chief, declaration(id, 4, { "declarationDate-year": nextYear }))).rejects.toMatchObject({
      fieldErrors: { declarationDate: "Date of the declaration must be today or in the past" },
    });
    await expect(submitAssessment(chief, declaration(id, 4, { "declarationDate-day": "31", "declarationDate-month": "2" }))).rejects.toMatchObject({
      fieldErrors: { declarationDate: "Date of the declaration must be a real date" },
    });
    expect(await state(id)).toMatchObject({ status: "READY_FOR_SIGN_OFF", version: 4, submittedAt: null });
  });

  it("two submits at once: exactly one wins, with one snapshot", async () => {
    const { chief, id } = forces.essex!;
    const results = await Promise.allSettled([submitAssessment(chief, declaration(id, 4)), submitAssessment(chief, declaration(id, 4))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected" && r.reason instanceof ConflictError)).toHaveLength(1);
    expect(await prisma.snapshot.count({ where: { assessmentId: id } })).toBe(1);
    expect(await state(id)).toMatchObject({
      status: "SUBMITTED",
      version: 5,
      declarationName: "Jane Example",
      declarationRole: "Deputy Chief Constable",
      declarationDate: new Date("2012-07-03T00:00:00Z"),
    });
  });

  it("the snapshot holds the answers exactly as stored, and its SHA-256 verifies", async () => {
    const { chief, id } = forces.essex!;
    const snapshot = await prisma.snapshot.findFirstOrThrow({ where: { assessmentId: id } });
    expect(snapshot).toMatchObject({ sequence: 1, kind: "SUBMISSION", createdById: chief.userId });
    expect(verifySnapshot(snapshot.content, snapshot.sha256)).toBe(true);
    const content = JSON.parse(snapshot.content) as { answers: Record<string, unknown>; declaration: unknown; assessment: { status: string } };
    const stored = await prisma.answer.findMany({ where: { assessmentId: id } });
    expect(Object.keys(content.answers).sort()).toEqual(stored.map((a) => a.questionCode).sort());
    for (const a of stored) expect(canonicalJson(content.answers[a.questionCode])).toBe(a.value);
    expect(content.declaration).toEqual({ name: "Jane Example", role: "Deputy Chief Constable", date: "2012-07-03" });
    expect(content.assessment.status).toBe("SUBMITTED");
    await expect(getSubmissionReceipt(inspector, id)).resolves.toMatchObject({ snapshot: { sequence: 1, sha256: snapshot.sha256 } });
  });

  it("after submission the answers are locked and nothing can be returned or sent again", async () => {
    const { psd, chief, id } = forces.essex!;
    await expect(saveAnswer(psd, { assessmentId: id, code: "A13", value: "Changed", expectedVersion: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(returnToPsd(chief, { assessmentId: id, expectedVersion: 5, comment: "Too late" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(markReady(psd, { assessmentId: id, expectedVersion: 5 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(submitAssessment(chief, declaration(id, 4))).rejects.toBeInstanceOf(ConflictError);
    // The force's internal notes stay with the force, even once the inspectorate can read the rest.
    await expect(listSignOffNotes(inspector, id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("every step is in the audit trail with its old and new status", async () => {
    const { id } = forces.essex!;
    expect((await auditActions(id)).filter((e) => e.action !== "assessment.start")).toEqual([
      { action: "assessment.mark-ready", actorRole: "PSD", before: "DRAFT", after: "READY_FOR_SIGN_OFF" },
      { action: "assessment.return-to-psd", actorRole: "CHIEF_OFFICER", before: "READY_FOR_SIGN_OFF", after: "DRAFT" },
      { action: "assessment.mark-ready", actorRole: "PSD", before: "DRAFT", after: "READY_FOR_SIGN_OFF" },
      { action: "assessment.submit", actorRole: "CHIEF_OFFICER", before: "READY_FOR_SIGN_OFF", after: "SUBMITTED" },
    ]);
  });
});

describe("races and repeats", () => {
  it("return notes come newest first", async () => {
    const { psd, chief, id } = forces.norfolk!;
    let v = 1;
    for (const comment of ["First note", "Second note"]) {
      v = (await markReady(psd, { assessmentId: id, expectedVersion: v })).version;
      v = (await returnToPsd(chief, { assessmentId: id, expectedVersion: v, comment })).version;
    }
    expect(v).toBe(5);
    expect((await listSignOffNotes(psd, id)).map((n) => n.comment)).toEqual(["Second note", "First note"]);
  });

  it("a chief's return and another chief's submit at once: one wins", async () => {
    const { psd, chief, id } = forces.norfolk!;
    await markReady(psd, { assessmentId: id, expectedVersion: 5 });
    const second = await prisma.user.create({ data: { email: "chief2@norfolk.example.org", name: "Second Norfolk chief", role: "CHIEF_OFFICER", forceId: chief.forceId } });
    const chief2 = await actorFor(second.email);
    const results = await Promise.allSettled([
      returnToPsd(chief, { assessmentId: id, expectedVersion: 6, comment: "Check section D" }),
      submitAssessment(chief2, declaration(id, 6)),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected" && r.reason instanceof ConflictError)).toHaveLength(1);
    const after = await state(id);
    expect(after.version).toBe(7);
    expect(await prisma.snapshot.count({ where: { assessmentId: id } })).toBe(after.status === "SUBMITTED" ? 1 : 0);
    expect(await prisma.reviewComment.count({ where: { assessmentId: id } })).toBe(after.status === "DRAFT" ? 3 : 2);
  });

  it("after the inspectorate returns it, a resubmission takes the next snapshot number", async () => {
    const { psd, chief, id } = forces.lincolnshire!;
    await markReady(psd, { assessmentId: id, expectedVersion: 1 });
    await submitAssessment(chief, declaration(id, 2));
    // The inspectorate's return is not built yet: set the status as it will.
    await prisma.assessment.update({ where: { id }, data: { status: "RETURNED", version: { increment: 1 } } });
    await saveAnswer(psd, { assessmentId: id, code: "A13", value: "Added after the inspectorate's questions.", expectedVersion: 0 });
    await markReady(psd, { assessmentId: id, expectedVersion: 4 });
    const result = await submitAssessment(chief, declaration(id, 5));
    expect(result).toMatchObject({ status: "SUBMITTED", version: 6, snapshot: { sequence: 2 } });
    const receipt = await getSubmissionReceipt(psd, id);
    expect(receipt.snapshot).toMatchObject({ sequence: 2, sha256: result.snapshot.sha256 });
    const latest = JSON.parse((await prisma.snapshot.findFirstOrThrow({ where: { assessmentId: id, sequence: 2 } })).content) as { answers: Record<string, unknown> };
    expect(latest.answers.A13).toBe("Added after the inspectorate's questions.");
  });

  it("a draft has no submission receipt", async () => {
    await expect(getSubmissionReceipt(forces.suffolk!.psd, forces.suffolk!.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
