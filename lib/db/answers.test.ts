import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles.ts";
import { prisma } from "./client.ts";
import { actorFor } from "./test-support/actors.ts";
import { startAssessment } from "./assessment-start.ts";
import { saveAnswer } from "./answers.ts";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "./errors.ts";

// Saving answers: scope, locking and validation through the real data layer.

let psd: Actor, chief: Actor, otherPsd: Actor, inspector: Actor;
let draftId: string;
let submittedId: string;

beforeAll(async () => {
  const actors = await Promise.all(
    ["psd@cumbria.example.org", "chief@cumbria.example.org", "psd@durham.example.org", "inspector@inspectorate.example.org"].map(actorFor),
  );
  [psd, chief, otherPsd, inspector] = actors as [Actor, Actor, Actor, Actor];
  draftId = (await startAssessment(psd, { cycleSlug: "2012-revisit" })).id;
  submittedId = (await prisma.assessment.findFirstOrThrow({ where: { force: { slug: "wiltshire" } } })).id;
});

const save = (actor: Actor, code: string, value: unknown, expectedVersion: number, assessmentId = draftId) =>
  saveAnswer(actor, { assessmentId, code, value, expectedVersion });

describe("who may save", () => {
  it("PSD of the force saves to its draft", async () => {
    await expect(save(psd, "A1", "yes", 0)).resolves.toMatchObject({ code: "A1", value: "yes", version: 1 });
  });
  it("another force's PSD and an inspector get not found for a draft", async () => {
    await expect(save(otherPsd, "A1", "no", 1)).rejects.toBeInstanceOf(NotFoundError);
    await expect(save(inspector, "A1", "no", 1)).rejects.toBeInstanceOf(NotFoundError);
  });
  it("the chief officer may read but not change answers", async () => {
    await expect(save(chief, "A1", "no", 1)).rejects.toBeInstanceOf(ForbiddenError);
  });
  it("a submitted assessment is locked for its own PSD", async () => {
    const wiltshirePsd = await actorFor("psd@wiltshire.example.org");
    await expect(save(wiltshirePsd, "A1", "no", 1, submittedId)).rejects.toBeInstanceOf(ForbiddenError);
  });
  it("nothing changed after refused saves", async () => {
    const a = await prisma.answer.findUniqueOrThrow({ where: { assessmentId_questionCode: { assessmentId: draftId, questionCode: "A1" } } });
    expect(JSON.parse(a.value)).toBe("yes");
    expect(a.version).toBe(1);
  });
});

describe("never a silent overwrite", () => {
  it("a save based on an old version is refused with the current answer", async () => {
    await save(psd, "C9", { total: 3, parts: { ongoing: 2 } }, 0);
    await save(psd, "C9", { total: 4, parts: { ongoing: 2 } }, 1);
    const stale = save(psd, "C9", { total: 5 }, 1);
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ current: { version: 2, value: { total: 4, parts: { ongoing: 2 } } } });
  });
  it("of many simultaneous saves from one version, exactly one wins", async () => {
    await save(psd, "H7", { total: 10 }, 0);
    const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => save(psd, "H7", { total: 20 + i }, 1)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected" && r.reason instanceof ConflictError)).toHaveLength(7);
    const stored = await prisma.answer.findUniqueOrThrow({ where: { assessmentId_questionCode: { assessmentId: draftId, questionCode: "H7" } } });
    expect(stored.version).toBe(2);
  });
  it("two first saves of the same answer: one wins, one conflicts", async () => {
    const results = await Promise.allSettled([save(psd, "D12", { total: 1 }, 0), save(psd, "D12", { total: 2 }, 0)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });
  it("saving the same value again changes nothing", async () => {
    const before = await save(psd, "A2", (await firstOption("A2")), 0);
    const again = await save(psd, "A2", before!.value, 1);
    expect(again?.version).toBe(1);
  });
  it("a stale save of the value already stored is no conflict: it returns the current version", async () => {
    // As when the page's own autosave lands just before "Save and continue" sends the same value.
    await save(psd, "J8", "2013-03-01", 0);
    await save(psd, "J8", "2013-04-01", 1);
    await save(psd, "J8", "2013-03-01", 2);
    const same = await save(psd, "J8", "2013-03-01", 1);
    expect(same).toMatchObject({ version: 3, value: "2013-03-01" });
    await expect(save(psd, "J8", "2013-05-01", 1)).rejects.toBeInstanceOf(ConflictError);
  });
  it("null clears the answer, with the version check", async () => {
    await save(psd, "A13", "Some context", 0);
    await expect(save(psd, "A13", null, 5)).rejects.toBeInstanceOf(ConflictError);
    await expect(save(psd, "A13", null, 1)).resolves.toBeNull();
    expect(await prisma.answer.count({ where: { assessmentId: draftId, questionCode: "A13" } })).toBe(0);
  });
});

describe("bad input", () => {
  it("values are checked against the question's own schema", async () => {
    await expect(save(psd, "A1", "maybe", 0)).rejects.toBeInstanceOf(ValidationError);
    await expect(save(psd, "H7", { total: -1 }, 2)).rejects.toBeInstanceOf(ValidationError);
    await expect(save(psd, "H7", { total: 3, parts: { approved: 4 } }, 2)).rejects.toMatchObject({
      fieldErrors: { "value.parts.approved": "The number approved cannot be more than the total" },
    });
    await expect(save(psd, "A13", "<script>alert(1)</script>\u0000", 0)).rejects.toBeInstanceOf(ValidationError);
  });
  it("a missing or negative version and a malformed code are validation errors; an unknown code is not found", async () => {
    await expect(saveAnswer(psd, { assessmentId: draftId, code: "A1", value: "yes" })).rejects.toBeInstanceOf(ValidationError);
    await expect(save(psd, "A1", "yes", -1)).rejects.toBeInstanceOf(ValidationError);
    await expect(save(psd, "a1; drop", "yes", 0)).rejects.toBeInstanceOf(ValidationError);
    await expect(save(psd, "Z99", "yes", 0)).rejects.toBeInstanceOf(NotFoundError);
  });
  it("script-laden text is stored as text, exactly", async () => {
    const saved = await save(psd, "B5", "<img src=x onerror=alert(1)> & more", 0);
    expect(saved?.value).toBe("<img src=x onerror=alert(1)> & more");
  });
});

describe("audit", () => {
  it("every save and clear is an audit event with old and new values", async () => {
    const events = await prisma.auditEvent.findMany({ where: { entityId: `${draftId}:C9` }, orderBy: { at: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["answer.save", "answer.save"]);
    expect(JSON.parse(events[1]!.before!)).toEqual({ total: 3, parts: { ongoing: 2 } });
    expect(JSON.parse(events[1]!.after!)).toEqual({ total: 4, parts: { ongoing: 2 } });
    expect(events[1]!.actorEmail).toBe("psd@cumbria.example.org");
  });
});

async function firstOption(code: string): Promise<string> {
  const { currentChecklist } = await import("@/lib/checklist/index.ts");
  return currentChecklist.questionByCode.get(code)!.options![0]!.value;
}
