import { describe, expect, it } from "vitest";
import { checklistV1 } from "@/lib/checklist/v1/index.ts";
import { demoAnswersBySlug } from "@/prisma/seed/demo-answers/index.ts";
import { baseline2011BySlug } from "@/prisma/seed/demo-baseline-2011.ts";
import { buildYearOnYear, choosePair, judgementMove, type YearOnYearInput } from "./year-on-year.ts";

const force = { slug: "staffordshire", name: "Staffordshire Police", region: "Wales and Western" };
const base = baseline2011BySlug.staffordshire!;
const cycle = (slug: string, year: number) => ({ slug, name: slug, periodStart: new Date(`${year - 1}-09-01`), periodEnd: new Date(`${year}-05-31`) });

const y2011: YearOnYearInput = {
  id: "a2011",
  reference: "IHC-2012-AAAA",
  status: "ACCEPTED",
  judgement: base.judgement,
  cycle: cycle("2011-baseline", 2011),
  sections: Object.entries(base.sectionJudgements).map(([code, judgement]) => ({ code, judgement })),
  answers: base.answers,
  definition: checklistV1,
};
const y2012: YearOnYearInput = {
  ...y2011,
  id: "a2012",
  status: "SUBMITTED",
  judgement: "SOME_PROGRESS",
  cycle: cycle("2012-revisit", 2012),
  sections: [{ code: "C", judgement: "GOOD_PROGRESS" }, { code: "E", judgement: "SOME_PROGRESS" }],
  answers: demoAnswersBySlug.staffordshire!.answers,
};

describe("year on year", () => {
  const yoy = buildYearOnYear(force, [y2011, y2012]);
  const section = (code: string) => yoy.comparison!.sections.find((s) => s.code === code)!;
  const change = (code: string) => yoy.comparison!.sections.flatMap((s) => s.changes).find((c) => c.code === code);

  it("lists the force's assessments newest first and compares the latest two", () => {
    expect(yoy.assessments.map((a) => a.cycle.slug)).toEqual(["2012-revisit", "2011-baseline"]);
    expect(yoy.comparison!.from.id).toBe("a2011");
    expect(yoy.comparison!.to.id).toBe("a2012");
  });

  it("shows each changed answer as people read it, before and after", () => {
    expect(change("C2")).toMatchObject({ kind: "changed", before: "Under review", after: "Updated and communicated to staff" });
    expect(change("D1")).toMatchObject({ before: "Not started", after: "Updated and communicated to staff" });
    expect(change("H7")).toMatchObject({ before: "71 applications (of which 68 approved)", after: "84 applications (of which 79 approved)" });
    // Answered only once: the publication date replaces the expected date.
    expect(change("D2")).toMatchObject({ kind: "added", before: null, after: "24 August 2012" });
    expect(change("D3")).toMatchObject({ kind: "removed", before: "31 August 2012", after: null });
    // Unchanged answers are counted, not listed.
    expect(change("I1")).toBeUndefined();
    expect(section("I").unchanged).toBe(2);
    expect(yoy.comparison!.changed + yoy.comparison!.unchanged).toBeGreaterThan(50);
  });

  it("shows how the judgements moved, overall and per section", () => {
    expect(yoy.comparison!.judgement).toMatchObject({ beforeText: "Limited progress", afterText: "Some progress", change: "improved" });
    expect(section("C").judgement).toMatchObject({ before: "LIMITED_PROGRESS", after: "GOOD_PROGRESS", change: "improved" });
    expect(section("E").judgement).toMatchObject({ before: "GOOD_PROGRESS", after: "SOME_PROGRESS", change: "declined" });
    expect(section("I").judgement).toMatchObject({ afterText: "Not judged", change: "not-comparable" });
  });

  it("has nothing to compare with one assessment", () => {
    expect(buildYearOnYear(force, [y2012])).toMatchObject({ comparison: null, assessments: [{ id: "a2012" }] });
    expect(buildYearOnYear(force, [])).toMatchObject({ comparison: null, assessments: [] });
  });
});

describe("choosing the cycles to compare", () => {
  const list = ["c1", "c2", "c3"].map((slug) => ({ cycle: { slug } }));
  const pick = (choice: { from?: string; to?: string }) => choosePair(list, choice)!.map((a) => a.cycle.slug);
  it("defaults to the newest and the one before it, and honours a sensible choice", () => {
    expect(pick({})).toEqual(["c2", "c3"]);
    expect(pick({ from: "c1" })).toEqual(["c1", "c3"]);
    expect(pick({ to: "c2" })).toEqual(["c1", "c2"]);
    expect(pick({ from: "c3", to: "c2" })).toEqual(["c1", "c2"]);
    expect(pick({ to: "c1" })).toEqual(["c2", "c3"]);
    expect(choosePair(list.slice(0, 1), {})).toBeNull();
  });
  it("orders judgements good, some, limited", () => {
    expect(judgementMove("GOOD_PROGRESS", "LIMITED_PROGRESS").change).toBe("declined");
    expect(judgementMove("SOME_PROGRESS", "SOME_PROGRESS").change).toBe("unchanged");
    expect(judgementMove(null, "SOME_PROGRESS").change).toBe("not-comparable");
  });
});
