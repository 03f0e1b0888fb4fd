import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles.ts";
import { reportFor } from "@/lib/reports/test-support/demo-report.ts";
import { prisma } from "./client.ts";
import { actorFor } from "./test-support/actors.ts";
import { startAssessment } from "./assessment-start.ts";
import { saveAnswer } from "./answers.ts";
import { NotFoundError } from "./errors.ts";
import { getReport } from "./reports.ts";

// The report's role and force boundaries through the real data layer, and the report built from
// stored answers. Forces changed here: North Wales only (a draft, accepted during the test).

let psdWM: Actor, chiefWM: Actor, psdNW: Actor, chiefNW: Actor, psdOther: Actor, inspector: Actor, admin: Actor;
let westMerciaId: string, draftId: string;

beforeAll(async () => {
  [psdWM, chiefWM, psdNW, chiefNW, psdOther, inspector, admin] = (await Promise.all(
    [
      "psd@west-mercia.example.org",
      "chief@west-mercia.example.org",
      "psd@north-wales.example.org",
      "chief@north-wales.example.org",
      "psd@dyfed-powys.example.org",
      "inspector@inspectorate.example.org",
      "admin@example.org",
    ].map(actorFor),
  )) as Actor[] as [Actor, Actor, Actor, Actor, Actor, Actor, Actor];
  westMerciaId = (await prisma.assessment.findFirstOrThrow({ where: { force: { slug: "west-mercia" } } })).id;
  draftId = (await startAssessment(psdNW, { cycleSlug: "2012-revisit" })).id;
  await saveAnswer(psdNW, { assessmentId: draftId, code: "C9", value: { total: 2, parts: { ongoing: 1 } }, expectedVersion: 0 });
  await saveAnswer(psdNW, { assessmentId: draftId, code: "D1", value: "updated_communicated", expectedVersion: 0 });
});

describe("who may read a report", () => {
  const cases: [string, () => Actor, () => string, boolean][] = [
    ["PSD, own force, submitted", () => psdWM, () => westMerciaId, true],
    ["chief officer, own force, submitted", () => chiefWM, () => westMerciaId, true],
    ["PSD, another force's submitted report", () => psdOther, () => westMerciaId, false],
    ["chief officer, another force's submitted report", () => chiefNW, () => westMerciaId, false],
    ["inspector, submitted", () => inspector, () => westMerciaId, true],
    ["admin (no access to answers)", () => admin, () => westMerciaId, false],
    ["PSD, own force, draft", () => psdNW, () => draftId, true],
    ["chief officer, own force, draft", () => chiefNW, () => draftId, true],
    ["PSD, another force's draft", () => psdWM, () => draftId, false],
    ["inspector, a draft", () => inspector, () => draftId, false],
  ];
  for (const [name, actor, id, allowed] of cases) {
    it(`${name}: ${allowed ? "allowed" : "not found"}`, async () => {
      const read = getReport(actor(), id());
      if (allowed) await expect(read).resolves.toMatchObject({ assessmentId: id() });
      else await expect(read).rejects.toBeInstanceOf(NotFoundError);
    });
  }
  it("an unknown or absurd id is not found", async () => {
    await expect(getReport(psdWM, "does-not-exist")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getReport(psdWM, "x".repeat(5000))).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the report from stored answers", () => {
  it("states the demo force's answers as the report built from the demo data does", async () => {
    const stored = await getReport(inspector, westMerciaId);
    const expected = reportFor("west-mercia");
    expect(stored.findings).toEqual(expected.findings);
    expect(stored.nextSteps).toEqual(expected.nextSteps);
    expect(stored.force).toEqual({ slug: "west-mercia", name: "West Mercia Police", region: "Wales and Western" });
    expect(stored.period).toMatchObject({ start: "2011-09-01", end: "2012-05-31", between: "between September 2011 and May 2012" });
    expect(stored.generatedAt).toBeInstanceOf(Date);
    expect(stored.isDraft).toBe(stored.status !== "ACCEPTED");
  });

  it("a draft says only what has been answered, and is marked as a draft", async () => {
    const r = await getReport(psdNW, draftId);
    expect(r).toMatchObject({ status: "DRAFT", isDraft: true, judgement: null, statement: null });
    expect(r.headline).toBe("How North Wales Police identifies, monitors and manages integrity issues: 2012 revisit health check");
    const sentences = r.findings.flatMap((g) => g.sentences);
    expect(sentences.map((s) => s.codes)).toEqual([["C9"], ["D1"]]);
    expect(sentences[0]?.text).toBe(
      "Between September 2011 and May 2012 the force investigated two instances of inappropriate disclosure to the media, one of which was still ongoing at the time of the health check.",
    );
  });

  it("once accepted, the inspector reads the final report with the judgement and statement", async () => {
    // Acceptance itself belongs to the review workflow; here the stored outcome is set directly.
    await prisma.assessment.update({
      where: { id: draftId },
      data: {
        status: "ACCEPTED",
        acceptedAt: new Date(),
        judgement: "GOOD_PROGRESS",
        judgementSummary: "The force has moved quickly.\n\nWe will check again next year.",
        inspectorName: "A. Inspector",
        inspectorRegion: "Wales and Western",
      },
    });
    await prisma.assessmentSection.upsert({
      where: { assessmentId_sectionCode: { assessmentId: draftId, sectionCode: "C" } },
      create: { assessmentId: draftId, sectionCode: "C", judgement: "SOME_PROGRESS" },
      update: { judgement: "SOME_PROGRESS" },
    });
    const r = await getReport(inspector, draftId);
    expect(r).toMatchObject({ status: "ACCEPTED", isDraft: false, judgement: { value: "GOOD_PROGRESS", label: "Good progress", rag: "green" } });
    expect(r.headline).toBe("North Wales Police has made good progress in how it identifies, monitors and manages integrity issues");
    expect(r.statement).toEqual({
      attribution: "A. Inspector, HM Inspector of Constabulary for the Wales and Western region, said:",
      paragraphs: ["The force has moved quickly.", "We will check again next year."],
    });
    expect(r.sectionJudgements.map((s) => [s.sectionCode, s.judgement.label])).toEqual([["C", "Some progress"]]);
    await expect(getReport(psdWM, draftId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getReport(admin, draftId)).rejects.toBeInstanceOf(NotFoundError);
  });
});
