import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles.ts";
import { prisma } from "./client.ts";
import { actorFor } from "./test-support/actors.ts";
import { getAssessment, listAssessments, listCyclesForOwnForce } from "./assessments.ts";
import { startAssessment } from "./assessment-start.ts";
import { createUser, listUsers, setUserActive } from "./users.ts";
import { listChecklistVersions } from "./checklist.ts";
import { ConflictError, NotFoundError, ValidationError } from "./errors.ts";

// Role × own force / another force × read / write, through the real data layer and database.

let psdWM: Actor, chiefWM: Actor, psdAvon: Actor, chiefAvon: Actor, inspector: Actor, admin: Actor;
let westMerciaId: string;
let avonDraftId: string;

beforeAll(async () => {
  const actors = await Promise.all(
    [
      "psd@west-mercia.example.org",
      "chief@west-mercia.example.org",
      "psd@avon-and-somerset.example.org",
      "chief@avon-and-somerset.example.org",
      "inspector@inspectorate.example.org",
      "admin@example.org",
    ].map(actorFor),
  );
  [psdWM, chiefWM, psdAvon, chiefAvon, inspector, admin] = actors as [Actor, Actor, Actor, Actor, Actor, Actor];
  westMerciaId = (await prisma.assessment.findFirstOrThrow({ where: { force: { slug: "west-mercia" } } })).id;
  avonDraftId = (await startAssessment(psdAvon, { cycleSlug: "2012-revisit" })).id;
});

describe("reading one assessment", () => {
  const cases: [string, () => Actor, () => string, boolean][] = [
    ["PSD, own force, submitted", () => psdWM, () => westMerciaId, true],
    ["chief officer, own force, submitted", () => chiefWM, () => westMerciaId, true],
    ["PSD, another force", () => psdAvon, () => westMerciaId, false],
    ["chief officer, another force", () => chiefAvon, () => westMerciaId, false],
    ["inspector, submitted", () => inspector, () => westMerciaId, true],
    ["admin (no access to answers)", () => admin, () => westMerciaId, false],
    ["PSD, own force, draft", () => psdAvon, () => avonDraftId, true],
    ["chief officer, own force, draft", () => chiefAvon, () => avonDraftId, true],
    ["PSD, another force's draft", () => psdWM, () => avonDraftId, false],
    ["inspector, a draft", () => inspector, () => avonDraftId, false],
  ];
  for (const [name, actor, id, allowed] of cases) {
    it(`${name}: ${allowed ? "allowed" : "not found"}`, async () => {
      const read = getAssessment(actor(), id());
      if (allowed) await expect(read).resolves.toMatchObject({ id: id() });
      else await expect(read).rejects.toBeInstanceOf(NotFoundError);
    });
  }

  it("an unknown or absurd id is not found, not an error", async () => {
    await expect(getAssessment(psdWM, "does-not-exist")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getAssessment(psdWM, "x".repeat(5000))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("returns answers keyed by question code with versions", async () => {
    const a = await getAssessment(psdWM, westMerciaId);
    expect(a.force.slug).toBe("west-mercia");
    expect(Object.keys(a.answers).length).toBeGreaterThan(30);
    for (const v of Object.values(a.answers)) expect(v.version).toBeGreaterThanOrEqual(1);
  });
});

describe("listing assessments", () => {
  it("force users see only their own force", async () => {
    expect((await listAssessments(psdWM)).map((a) => a.force.slug)).toEqual(["west-mercia"]);
    expect((await listAssessments(chiefAvon)).map((a) => a.force.slug)).toEqual(["avon-and-somerset"]);
  });
  it("inspectors see every submitted assessment and no drafts", async () => {
    const seen = await listAssessments(inspector);
    expect(seen.map((a) => a.force.slug)).toEqual(expect.arrayContaining(["staffordshire", "warwickshire", "west-mercia", "wiltshire"]));
    expect(seen.every((a) => ["SUBMITTED", "RETURNED", "ACCEPTED"].includes(a.status))).toBe(true);
    expect(seen.some((a) => a.id === avonDraftId)).toBe(false);
  });
  it("admins see none", async () => {
    expect(await listAssessments(admin)).toEqual([]);
  });
  it("a force home lists cycles only for force users", async () => {
    expect((await listCyclesForOwnForce(psdAvon))[0]?.assessment?.id).toBe(avonDraftId);
    await expect(listCyclesForOwnForce(inspector)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("starting an assessment (write)", () => {
  it("only PSD staff may start, only for their own force", async () => {
    await expect(startAssessment(chiefWM, { cycleSlug: "2012-revisit" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(startAssessment(inspector, { cycleSlug: "2012-revisit" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(startAssessment(admin, { cycleSlug: "2012-revisit" })).rejects.toBeInstanceOf(NotFoundError);
  });
  it("one per force per cycle", async () => {
    await expect(startAssessment(psdAvon, { cycleSlug: "2012-revisit" })).rejects.toBeInstanceOf(ConflictError);
    await expect(startAssessment(psdWM, { cycleSlug: "2012-revisit" })).rejects.toBeInstanceOf(ConflictError);
  });
  it("bad input is a validation error; an unknown cycle is not found", async () => {
    await expect(startAssessment(psdAvon, { cycleSlug: "" })).rejects.toBeInstanceOf(ValidationError);
    await expect(startAssessment(psdAvon, { cycleSlug: 42 })).rejects.toBeInstanceOf(ValidationError);
    await expect(startAssessment(psdAvon, { cycleSlug: "1999" })).rejects.toBeInstanceOf(NotFoundError);
  });
  it("pins the latest checklist version and records an audit event", async () => {
    const a = await prisma.assessment.findUniqueOrThrow({ where: { id: avonDraftId }, include: { checklistVersion: true } });
    expect(a.status).toBe("DRAFT");
    expect(a.checklistVersion.number).toBe(1);
    const events = await prisma.auditEvent.findMany({ where: { entityId: avonDraftId, action: "assessment.start" } });
    expect(events).toHaveLength(1);
    expect(events[0]?.actorEmail).toBe("psd@avon-and-somerset.example.org");
  });
});

describe("managing users and reference data", () => {
  it("only admins list users and checklist versions", async () => {
    expect((await listUsers(admin)).total).toBeGreaterThanOrEqual(90);
    for (const actor of [psdWM, chiefWM, inspector]) {
      await expect(listUsers(actor)).rejects.toBeInstanceOf(NotFoundError);
      await expect(listChecklistVersions(actor)).rejects.toBeInstanceOf(NotFoundError);
    }
  });
  it("only admins add users; input is validated first", async () => {
    const input = { name: "Test User", email: "test.user@kent.example.org", role: "PSD", forceSlug: "kent" };
    for (const actor of [psdWM, chiefWM, inspector]) await expect(createUser(actor, input)).rejects.toBeInstanceOf(NotFoundError);
    await expect(createUser(admin, { ...input, forceSlug: "" })).rejects.toMatchObject({ fieldErrors: { forceSlug: "Select the user's force" } });
    await expect(createUser(admin, { ...input, forceSlug: "atlantis" })).rejects.toBeInstanceOf(ValidationError);
    const { user, temporaryPassword } = await createUser(admin, input);
    expect(user).toMatchObject({ email: "test.user@kent.example.org", role: "PSD", forceSlug: "kent", active: true });
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(12);
    // The returned object is plain data: no password hash, no sessions.
    expect(JSON.stringify(user)).not.toMatch(/password|scrypt/i);
    await expect(createUser(admin, input)).rejects.toMatchObject({ fieldErrors: { email: expect.stringContaining("already exists") } });
  });
  it("only admins deactivate; deactivation ends sessions and is audited", async () => {
    const target = await prisma.user.findUniqueOrThrow({ where: { email: "psd@kent.example.org" } });
    await prisma.session.create({ data: { userId: target.id, token: "t-kent", expiresAt: new Date(Date.now() + 3_600_000) } });
    await expect(setUserActive(psdWM, target.id, false)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setUserActive(admin, admin.userId, false)).rejects.toBeInstanceOf(ValidationError);
    const u = await setUserActive(admin, target.id, false);
    expect(u.active).toBe(false);
    expect(await prisma.session.count({ where: { userId: target.id } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { entityId: target.id, action: "user.deactivate" } })).toBe(1);
    await setUserActive(admin, target.id, true);
  });
});

describe("database invariants", () => {
  // The SQLite adapter reports a trigger's RAISE as a constraint violation; what matters is the refusal.
  it("audit events cannot be changed or deleted", async () => {
    const e = await prisma.auditEvent.findFirstOrThrow();
    await expect(prisma.auditEvent.update({ where: { id: e.id }, data: { action: "tampered" } })).rejects.toThrow();
    await expect(prisma.auditEvent.delete({ where: { id: e.id } })).rejects.toThrow();
    expect(await prisma.auditEvent.findUniqueOrThrow({ where: { id: e.id } })).toEqual(e);
  });
  it("published checklist versions and snapshots cannot be changed", async () => {
    const v = await prisma.checklistVersion.findFirstOrThrow();
    await expect(prisma.checklistVersion.update({ where: { id: v.id }, data: { label: "x" } })).rejects.toThrow();
    const q = await prisma.checklistQuestion.findFirstOrThrow();
    await expect(prisma.checklistQuestion.update({ where: { id: q.id }, data: { prompt: "x" } })).rejects.toThrow();
    const s = await prisma.snapshot.findFirstOrThrow();
    await expect(prisma.snapshot.update({ where: { id: s.id }, data: { sha256: "x" } })).rejects.toThrow();
    expect((await prisma.checklistVersion.findUniqueOrThrow({ where: { id: v.id } })).label).toBe(v.label);
    expect((await prisma.snapshot.findUniqueOrThrow({ where: { id: s.id } })).sha256).toBe(s.sha256);
  });
  it("an answer cannot cite a question outside its assessment's pinned version", async () => {
    await expect(
      prisma.answer.create({ data: { assessmentId: avonDraftId, versionId: "another-version", questionCode: "A1", value: '"yes"' } }),
    ).rejects.toThrow();
  });
});
