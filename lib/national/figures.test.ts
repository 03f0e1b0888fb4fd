import { describe, expect, it } from "vitest";
import { demoAnswersBySlug } from "@/prisma/seed/demo-answers/index.ts";
import { acuChange, countFigures, median, numberFigures, policyRows, wholeNumber } from "./figures.ts";

const demo = ["staffordshire", "warwickshire", "west-mercia", "wiltshire"].map((s) => demoAnswersBySlug[s]!.answers);
const byId = <T extends { id: string }>(list: T[], id: string) => list.find((f) => f.id === id)!;

describe("median", () => {
  it("takes the middle value, or the mean of the two middle values", () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([0, 0, 1, 3])).toBe(0.5);
  });
});

describe("reading answers", () => {
  it("reads whole numbers and their parts, ignoring anything else", () => {
    expect(wholeNumber({ H7: { total: 84, parts: { approved: 79 } } }, "H7")).toBe(84);
    expect(wholeNumber({ H7: { total: 84, parts: { approved: 79 } } }, "H7", "approved")).toBe(79);
    expect(wholeNumber({ H7: { total: 84 } }, "H7", "approved")).toBeUndefined();
    expect(wholeNumber({ H7: "yes" }, "H7")).toBeUndefined();
    expect(wholeNumber({}, "H7")).toBeUndefined();
  });
  it("works out the change in anti-corruption staffing", () => {
    expect(acuChange({ I1: { total: 4 }, I2: { total: 6 } })).toBe(2);
    expect(acuChange({ I1: { total: 4 }, I2: { total: 3 } })).toBe(-1);
    expect(acuChange({ I1: { total: 4 } })).toBeUndefined();
  });
});

describe("figures of the four demo forces (2012 revisit)", () => {
  const numbers = numberFigures(demo, { "media-investigations": "98 across the 44 forces" });
  it("adds up media disclosure investigations as each report states them (0, 2, 1, 3)", () => {
    expect(byId(numbers, "media-investigations")).toMatchObject({ total: 6, median: 1.5, forces: 4, published: "98 across the 44 forces" });
    // Only Wiltshire said how many were still ongoing.
    expect(byId(numbers, "media-investigations-ongoing")).toMatchObject({ total: 2, median: 2, forces: 1, published: null });
  });
  it("adds up second-job applications and approvals (84/79, 35/33, 67/57, 36/25)", () => {
    expect(byId(numbers, "second-job-applications")).toMatchObject({ total: 222, median: 51.5, forces: 4 });
    expect(byId(numbers, "second-job-approvals")).toMatchObject({ total: 194, median: 45, forces: 4 });
    expect(byId(numbers, "second-job-refusals")).toMatchObject({ total: 0, median: null, forces: 0 });
  });
  it("finds no change in anti-corruption staffing anywhere, as every report says", () => {
    expect(byId(numbers, "acu-staff-change")).toMatchObject({ total: 0, median: 0, forces: 4 });
    expect(byId(numbers, "acu-staff-now")).toMatchObject({ total: 14, median: 3.5 });
    const counts = countFigures(demo);
    expect(byId(counts, "acu-grown")).toMatchObject({ forces: 0, of: 4 });
    expect(byId(counts, "acu-shrunk")).toMatchObject({ forces: 0, of: 4 });
  });
  it("counts forces by their answers", () => {
    const counts = countFigures(demo);
    expect(byId(counts, "health-check")).toMatchObject({ forces: 4, of: 4 });
    // Wiltshire checks partly; the other three not at all.
    expect(byId(counts, "registers-cross-checked")).toMatchObject({ forces: 0, of: 4 });
    expect(byId(counts, "suppliers-not-checked")).toMatchObject({ forces: 3, of: 4 });
    expect(byId(counts, "social-media-monitoring")).toMatchObject({ forces: 0, of: 4 });
    expect(byId(counts, "central-register")).toMatchObject({ forces: 4, of: 4 });
    expect(byId(counts, "proactive-anti-corruption")).toMatchObject({ forces: 1, of: 4 });
  });
  it("counts each policy's status", () => {
    const rows = policyRows(demo);
    expect(rows.map((r) => [r.code, r.updated])).toEqual([
      ["C2", 3],
      ["E1", 3],
      ["D1", 2],
      ["H1", 4],
    ]);
    expect(rows[2]!.counts).toEqual({ updated_communicated: 2, updated_not_communicated: 0, under_review: 2, not_started: 0 });
    expect(rows[1]!.counts.updated_not_communicated).toBe(1);
    expect(policyRows([...demo, {}]).every((r) => r.notAnswered === 1)).toBe(true);
  });
  it("gives zeros and no medians when nothing is counted", () => {
    expect(numberFigures([]).every((f) => f.total === 0 && f.median === null && f.forces === 0)).toBe(true);
    expect(countFigures([]).every((f) => f.forces === 0 && f.of === 0)).toBe(true);
  });
});
