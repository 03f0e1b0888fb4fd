import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles.ts";
import * as fx from "@/lib/evidence/test-fixtures.ts";
import { MAX_FILE_BYTES } from "@/lib/evidence/limits.ts";
import { prisma, type Tx } from "./client.ts";
import { actorFor } from "./test-support/actors.ts";
import { startAssessment } from "./assessment-start.ts";
import { addFileEvidence, addLinkEvidence, deleteEvidence, evidenceForDownload, listEvidence } from "./evidence.ts";
import { ForbiddenError, NotFoundError, ValidationError } from "./errors.ts";

// Evidence through the real data layer and a real upload directory. Forces used only here:
// Gloucestershire (a draft), Gwent (submitted during the test), South Wales (another force).

const uploads = fs.mkdtempSync(path.join(os.tmpdir(), "ihc-evidence-"));
process.env.UPLOAD_DIR = uploads;

let psd: Actor, chief: Actor, otherPsd: Actor, inspector: Actor, admin: Actor, gwentPsd: Actor;
let draftId: string, gwentId: string;

beforeAll(async () => {
  [psd, chief, otherPsd, inspector, admin, gwentPsd] = (await Promise.all(
    [
      "psd@gloucestershire.example.org",
      "chief@gloucestershire.example.org",
      "psd@south-wales.example.org",
      "inspector@inspectorate.example.org",
      "admin@example.org",
      "psd@gwent.example.org",
    ].map(actorFor),
  )) as [Actor, Actor, Actor, Actor, Actor, Actor];
  draftId = (await startAssessment(psd, { cycleSlug: "2012-revisit" })).id;
  gwentId = (await startAssessment(gwentPsd, { cycleSlug: "2012-revisit" })).id;
});
afterAll(() => fs.rmSync(uploads, { recursive: true, force: true }));

const fields = (over: object = {}) => ({ assessmentId: draftId, questionCode: "A12", marking: "OFFICIAL", ...over });
const file = (name: string, bytes: Uint8Array) => ({ name, bytes });
const sha256 = (b: Uint8Array) => crypto.createHash("sha256").update(b).digest("hex");
const storedFiles = () => fs.readdirSync(uploads, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
const readAll = async (stream: ReadableStream<Uint8Array>) => new Uint8Array(await new Response(stream).arrayBuffer());

describe("the force's PSD on its draft", () => {
  it("uploads a file: SHA-256 and size of exactly the bytes, cleaned name, detected type", async () => {
    const bytes = fx.pdf("Action plan v3");
    const item = await addFileEvidence(psd, fields({ marking: "OFFICIAL_SENSITIVE" }), file("C:\\Users\\psd\\Action plan  v3.PDF", bytes));
    expect(item).toMatchObject({ kind: "FILE", title: "Action plan v3.pdf", fileName: "Action plan v3.pdf", mimeType: "application/pdf", marking: "OFFICIAL_SENSITIVE" });
    expect(item.sha256).toBe(sha256(bytes));
    expect(item.sizeBytes).toBe(bytes.length);
    const download = await evidenceForDownload(psd, item.id);
    const { openFile } = await import("@/lib/evidence/storage.ts");
    expect(await readAll(openFile(download.key))).toEqual(bytes);
  });

  it("attaching to an evidence question answers it once, in the same transaction, with an audit event", async () => {
    const answer = await prisma.answer.findUniqueOrThrow({ where: { assessmentId_questionCode: { assessmentId: draftId, questionCode: "A12" } } });
    expect(JSON.parse(answer.value)).toEqual({ note: "" });
    await addLinkEvidence(psd, { ...fields(), url: "https://intranet.example.org/gifts", title: "Gifts register" });
    expect(await prisma.answer.count({ where: { assessmentId: draftId, questionCode: "A12" } })).toBe(1);
    const saves = await prisma.auditEvent.count({ where: { entityId: `${draftId}:A12`, action: "answer.save" } });
    expect(saves).toBe(1);
  });

  it("evidence on another kind of question leaves its answer alone", async () => {
    await addFileEvidence(psd, fields({ questionCode: "A1" }), file("register.csv", fx.csv()));
    expect(await prisma.answer.count({ where: { assessmentId: draftId, questionCode: "A1" } })).toBe(0);
  });

  it("lists plain items per question or for the whole assessment, never storage keys", async () => {
    const a12 = await listEvidence(psd, draftId, "A12");
    expect(a12.map((e) => [e.kind, e.title])).toEqual([
      ["FILE", "Action plan v3.pdf"],
      ["LINK", "Gifts register"],
    ]);
    expect(a12[1]).toMatchObject({ url: "https://intranet.example.org/gifts", addedBy: psd.name });
    for (const item of a12) expect(item).not.toHaveProperty("storageKey");
    expect((await listEvidence(psd, draftId)).map((e) => e.questionCode)).toEqual(["A12", "A12", "A1"]);
  });

  it("removes an item: audited with its metadata, file gone", async () => {
    const item = await addFileEvidence(psd, fields(), file("photo.png", fx.png()));
    const { key } = await evidenceForDownload(psd, item.id);
    const before = storedFiles().length;
    await expect(deleteEvidence(psd, item.id)).resolves.toEqual({ assessmentId: draftId, questionCode: "A12", title: "photo.png" });
    expect(storedFiles()).toHaveLength(before - 1);
    expect(storedFiles().map((f) => f.name)).not.toContain(key);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { entityType: "evidence", entityId: item.id, action: "evidence.delete" } });
    expect(event.actorEmail).toBe("psd@gloucestershire.example.org");
    expect(JSON.parse(event.before!)).toMatchObject({ assessmentId: draftId, questionCode: "A12", fileName: "photo.png", sha256: item.sha256, marking: "OFFICIAL" });
    expect(event.before).not.toContain(key);
    await expect(deleteEvidence(psd, item.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("refused uploads store nothing", () => {
  it.each([
    ["a PNG called .pdf", "report.pdf", fx.png(), "The selected file must be a PDF, Word, Excel, CSV or image file"],
    ["an executable called .pdf", "report.pdf", fx.exe(), "The selected file must be a PDF, Word, Excel, CSV or image file"],
    ["an empty file", "empty.pdf", new Uint8Array(0), "The selected file is empty"],
    ["no file at all", "", new Uint8Array(0), "Select a file to upload"],
    ["a file over 20 MB", "big.pdf", new Uint8Array(MAX_FILE_BYTES + 1), "The selected file must be smaller than 20 MB"],
  ])("%s", async (_what, name, bytes, message) => {
    const before = storedFiles().length;
    await expect(addFileEvidence(psd, fields(), file(name, bytes))).rejects.toMatchObject({ fieldErrors: { file: message } });
    expect(storedFiles()).toHaveLength(before);
  });
  it("a missing marking and a bad file are reported together", async () => {
    await expect(addFileEvidence(psd, fields({ marking: "" }), file("x.pdf", fx.png()))).rejects.toMatchObject({
      fieldErrors: { marking: "Select the protective marking", file: "The selected file must be a PDF, Word, Excel, CSV or image file" },
    });
  });
  it("a question outside the pinned checklist is not found; a malformed code is invalid", async () => {
    await expect(addFileEvidence(psd, fields({ questionCode: "Z99" }), file("a.pdf", fx.pdf()))).rejects.toBeInstanceOf(NotFoundError);
    await expect(addLinkEvidence(psd, { ...fields({ questionCode: "a1;" }), url: "https://x.example", title: "x" })).rejects.toBeInstanceOf(ValidationError);
  });
  it("a link must be http(s)", async () => {
    await expect(addLinkEvidence(psd, { ...fields(), url: "javascript:alert(1)", title: "x" })).rejects.toMatchObject({
      fieldErrors: { url: expect.stringMatching(/^Enter a web address/) },
    });
  });
  it("if the database write fails, the stored file is removed", async () => {
    const before = storedFiles().length;
    const spy = vi.spyOn(prisma, "$transaction").mockRejectedValueOnce(new Error("database unavailable"));
    await expect(addFileEvidence(psd, fields(), file("plan.docx", fx.docx()))).rejects.toThrow("database unavailable");
    spy.mockRestore();
    expect(storedFiles()).toHaveLength(before);
  });
});

describe("scope", () => {
  let fileId: string;
  beforeAll(async () => {
    fileId = (await listEvidence(psd, draftId, "A12"))[0]!.id;
  });
  it("another force's PSD, an inspector on a draft and an administrator get not found", async () => {
    for (const actor of [otherPsd, inspector, admin]) {
      await expect(listEvidence(actor, draftId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(evidenceForDownload(actor, fileId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(deleteEvidence(actor, fileId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(addFileEvidence(actor, fields(), file("a.pdf", fx.pdf()))).rejects.toBeInstanceOf(NotFoundError);
      await expect(addLinkEvidence(actor, { ...fields(), url: "https://x.example", title: "x" })).rejects.toBeInstanceOf(NotFoundError);
    }
  });
  it("the chief officer may list and download but not change", async () => {
    expect((await listEvidence(chief, draftId)).length).toBeGreaterThan(0);
    await expect(evidenceForDownload(chief, fileId)).resolves.toMatchObject({ assessmentId: draftId, mimeType: "application/pdf" });
    await expect(addFileEvidence(chief, fields(), file("a.pdf", fx.pdf()))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteEvidence(chief, fileId)).rejects.toBeInstanceOf(ForbiddenError);
  });
  it("unknown and malformed ids are not found; a link has nothing to download", async () => {
    await expect(evidenceForDownload(psd, "does-not-exist")).rejects.toBeInstanceOf(NotFoundError);
    await expect(evidenceForDownload(psd, "x".repeat(500))).rejects.toBeInstanceOf(NotFoundError);
    const link = (await listEvidence(psd, draftId, "A12")).find((e) => e.kind === "LINK")!;
    await expect(evidenceForDownload(psd, link.id)).rejects.toBeInstanceOf(NotFoundError);
  });
  it("once submitted: the inspector can download; the force can no longer add or remove", async () => {
    const item = await addFileEvidence(gwentPsd, fields({ assessmentId: gwentId, questionCode: "B1" }), file("minutes.xlsx", fx.xlsx()));
    await expect(evidenceForDownload(inspector, item.id)).rejects.toBeInstanceOf(NotFoundError);
    await prisma.assessment.update({ where: { id: gwentId }, data: { status: "SUBMITTED", submittedAt: new Date() } });
    await expect(evidenceForDownload(inspector, item.id)).resolves.toMatchObject({ fileName: "minutes.xlsx", sizeBytes: fx.xlsx().length });
    expect((await listEvidence(inspector, gwentId)).map((e) => e.id)).toEqual([item.id]);
    await expect(deleteEvidence(inspector, item.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteEvidence(gwentPsd, item.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addLinkEvidence(gwentPsd, { ...fields({ assessmentId: gwentId }), url: "https://x.example", title: "x" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(evidenceForDownload(otherPsd, item.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("an evidence question's answer follows its evidence", () => {
  const a12 = () => prisma.answer.findUnique({ where: { assessmentId_questionCode: { assessmentId: draftId, questionCode: "A12" } } });
  it("emptying the note keeps the question answered while evidence is attached", async () => {
    const { saveAnswer } = await import("./answers.ts");
    const before = (await a12())!;
    await saveAnswer(psd, { assessmentId: draftId, code: "A12", value: null, expectedVersion: before.version });
    expect((await a12())!.version).toBe(before.version);
    await saveAnswer(psd, { assessmentId: draftId, code: "A12", value: { note: "Version 3" }, expectedVersion: before.version });
    const cleared = await saveAnswer(psd, { assessmentId: draftId, code: "A12", value: null, expectedVersion: before.version + 1 });
    expect(cleared?.value).toEqual({ note: "" });
  });
  it("removing the last item clears an answer that had no note, with an audit event", async () => {
    for (const item of await listEvidence(psd, draftId, "A12")) await deleteEvidence(psd, item.id);
    expect(await a12()).toBeNull();
    const last = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: `${draftId}:A12` }, orderBy: [{ at: "desc" }, { id: "desc" }] });
    expect(last.action).toBe("answer.clear");
  });
  it("but keeps an answer with a note", async () => {
    const link = await addLinkEvidence(psd, { ...fields(), url: "https://intranet.example.org/plan", title: "Plan" });
    const { saveAnswer } = await import("./answers.ts");
    await saveAnswer(psd, { assessmentId: draftId, code: "A12", value: { note: "See the plan" }, expectedVersion: 1 });
    await deleteEvidence(psd, link.id);
    expect(JSON.parse((await a12())!.value)).toEqual({ note: "See the plan" });
  });
});

describe("a change racing the assessment leaving the force", () => {
  it("is refused inside the write, and the stored file is removed", async () => {
    const { FORCE_EDITABLE } = await import("@/lib/auth/permissions.ts");
    const id = (await startAssessment(otherPsd, { cycleSlug: "2012-revisit" })).id;
    // The checks see a draft; by the time the transaction runs, it has gone for sign-off.
    const original = prisma.$transaction.bind(prisma) as (fn: (tx: Tx) => Promise<unknown>) => Promise<unknown>;
    const late = async (fn: (tx: Tx) => Promise<unknown>) => {
      await prisma.assessment.update({ where: { id }, data: { status: "READY_FOR_SIGN_OFF" } });
      return original(fn);
    };
    const spy = vi.spyOn(prisma, "$transaction").mockImplementationOnce(late as unknown as typeof prisma.$transaction);
    const before = storedFiles().length;
    await expect(addFileEvidence(otherPsd, fields({ assessmentId: id }), file("late.pdf", fx.pdf()))).rejects.toThrow(/sent for sign-off/);
    spy.mockRestore();
    expect(FORCE_EDITABLE).not.toContain("READY_FOR_SIGN_OFF");
    expect(storedFiles()).toHaveLength(before);
    expect(await prisma.evidence.count({ where: { assessmentId: id } })).toBe(0);
  });
});
