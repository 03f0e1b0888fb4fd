import { describe, expect, it } from "vitest";
import { checklistV1 } from "@/lib/checklist/v1/index.ts";
import { demoAnswersBySlug } from "@/prisma/seed/demo-answers/index.ts";
import { nationalTable, figuresTable, policiesTable } from "./export-columns.ts";
import { nationalQuery, resolveNationalFilters } from "./filters.ts";
import { buildNationalModel, type NationalInput } from "./model.ts";
import type { NationalAssessment } from "./types.ts";

const sections = checklistV1.sections.map((s) => ({ code: s.code, title: s.title }));
const forces = [
  { slug: "staffordshire", name: "Staffordshire Police", region: "Wales and Western" },
  { slug: "west-mercia", name: "West Mercia Police", region: "Wales and Western" },
  { slug: "wiltshire", name: "Wiltshire Police", region: "Wales and Western" },
  { slug: "kent", name: "Kent Police", region: "Eastern" },
  { slug: "essex", name: "Essex Police", region: "Eastern" },
];
const cycles = [
  { slug: "2012-revisit", name: "2012 revisit", periodStart: new Date("2011-09-01"), periodEnd: new Date("2012-05-31"), isOpen: true },
  { slug: "2011-baseline", name: "2011 baseline", periodStart: new Date("2010-09-01"), periodEnd: new Date("2011-05-31"), isOpen: false },
];
const { K1: _k1, ...withoutK1 } = demoAnswersBySlug.wiltshire!.answers;
const allCompleted = checklistV1.sections.map((s) => ({ code: s.code, completed: true, judgement: null }));

function assessment(forceSlug: string, over: Partial<NationalAssessment> = {}): NationalAssessment {
  return {
    id: `id-${forceSlug}`,
    reference: `IHC-${forceSlug}`,
    forceSlug,
    status: "SUBMITTED",
    judgement: null,
    sections: allCompleted,
    answers: demoAnswersBySlug[forceSlug]?.answers ?? {},
    definition: checklistV1,
    ...over,
  };
}

function input(over: Partial<NationalInput> = {}): NationalInput {
  return {
    filters: { cycle: "2012-revisit", region: null },
    cycles,
    forces,
    sections,
    assessments: [
      assessment("staffordshire", {
        status: "ACCEPTED",
        judgement: "SOME_PROGRESS",
        sections: allCompleted.map((s) => (s.code === "C" ? { ...s, judgement: "GOOD_PROGRESS" } : s.code === "F" ? { ...s, judgement: "LIMITED_PROGRESS" } : s)),
      }),
      assessment("west-mercia"),
      // Back with the force: shown, but its answers may change, so not added up.
      assessment("wiltshire", { status: "RETURNED", sections: allCompleted.map((s) => (s.code === "K" ? { ...s, completed: false } : s)), answers: withoutK1 }),
    ],
    yearOnYear: new Set(["staffordshire"]),
    ...over,
  };
}

describe("the national table", () => {
  const model = buildNationalModel(input());
  const row = (slug: string) => model.rows.find((r) => r.force.slug === slug)!;

  it("has a row for every force in view, by name, whether or not it submitted", () => {
    expect(model.rows.map((r) => r.force.name)).toEqual(["Essex Police", "Kent Police", "Staffordshire Police", "West Mercia Police", "Wiltshire Police"]);
    expect(row("kent")).toMatchObject({ assessment: null, cells: [] });
    expect(model.totals).toEqual({ forces: 5, withAssessment: 3, counted: 2 });
  });

  it("says each force's status and judgement in words, and which forces have year on year", () => {
    expect(row("staffordshire").assessment).toMatchObject({ statusText: "Accepted", judgementText: "Some progress", counted: true });
    expect(row("west-mercia").assessment).toMatchObject({ statusText: "Submitted", judgementText: "Not judged", counted: true });
    expect(row("wiltshire").assessment).toMatchObject({ statusText: "Returned by inspector", counted: false });
    expect(row("staffordshire").yearOnYear).toBe(true);
    expect(row("west-mercia").yearOnYear).toBe(false);
  });

  it("gives each section cell its status and judgement as text, with a matching shade", () => {
    const cells = row("staffordshire").cells;
    expect(cells.map((c) => c.code)).toEqual(sections.map((s) => s.code));
    expect(cells.find((c) => c.code === "C")).toMatchObject({ statusText: "Completed", judgementText: "Good progress", tone: "good" });
    expect(cells.find((c) => c.code === "F")).toMatchObject({ judgementText: "Limited progress", tone: "limited" });
    expect(cells.find((c) => c.code === "A")).toMatchObject({ judgementText: "Not judged", tone: "unjudged" });
    // Wiltshire's K: not marked complete and its required K1 removed.
    expect(row("wiltshire").cells.find((c) => c.code === "K")).toMatchObject({ status: "IN_PROGRESS", statusText: "0 of 1 answered" });
  });

  it("adds up only submitted and accepted answers", () => {
    const media = model.numbers.find((f) => f.id === "media-investigations")!;
    // Staffordshire 0 + West Mercia 1; Wiltshire's 3 are left out while it is returned.
    expect(media).toMatchObject({ total: 1, forces: 2, median: 0.5, published: "98 across the 44 forces" });
    expect(model.policies.find((p) => p.code === "D1")).toMatchObject({ updated: 1, counts: { under_review: 1 } });
  });

  it("spreads the judgements over every force in view", () => {
    expect(model.judgements.map((b) => [b.key, b.forces])).toEqual([
      ["GOOD_PROGRESS", 0],
      ["SOME_PROGRESS", 1],
      ["LIMITED_PROGRESS", 0],
      ["NOT_JUDGED", 2],
      ["NO_SUBMISSION", 2],
    ]);
  });

  it("filters by region and leaves out national comparators for a region", () => {
    const eastern = buildNationalModel(input({ filters: { cycle: "2012-revisit", region: "Eastern" } }));
    expect(eastern.rows.map((r) => r.force.slug)).toEqual(["essex", "kent"]);
    expect(eastern.totals).toEqual({ forces: 2, withAssessment: 0, counted: 0 });
    expect(eastern.numbers.every((f) => f.published === null)).toBe(true);
    expect(eastern.regions).toEqual(["Eastern", "Wales and Western"]);
  });
});

describe("filters", () => {
  const slugs = cycles.map((c) => c.slug);
  const regions = ["Eastern", "Wales and Western"];
  it("defaults to the newest cycle and every region, and ignores values that do not exist", () => {
    expect(resolveNationalFilters(new URLSearchParams(""), slugs, regions)).toEqual({ cycle: "2012-revisit", region: null });
    expect(resolveNationalFilters({ cycle: "2011-baseline", region: "Eastern" }, slugs, regions)).toEqual({ cycle: "2011-baseline", region: "Eastern" });
    expect(resolveNationalFilters({ cycle: "1999", region: ["Nowhere", "Eastern"] }, slugs, regions)).toEqual({ cycle: "2012-revisit", region: null });
    expect(resolveNationalFilters({}, [], regions)).toEqual({ cycle: null, region: null });
  });
  it("writes the filters back as a query string", () => {
    expect(nationalQuery({ cycle: "2012-revisit", region: "Wales and Western" })).toBe("?cycle=2012-revisit&region=Wales+and+Western");
    expect(nationalQuery({ cycle: null, region: null })).toBe("");
  });
});

describe("export tables", () => {
  const model = buildNationalModel(input());
  it("has a status and a judgement column per section, in words", () => {
    const table = nationalTable(model);
    expect(table.columns.map((c) => c.header).slice(0, 8)).toEqual([
      "Force",
      "Region",
      "Cycle",
      "Reference",
      "Status",
      "Judgement",
      "A Health check and action plan: status",
      "A Health check and action plan: judgement",
    ]);
    expect(table.columns).toHaveLength(6 + 2 * sections.length);
    const kent = table.columns.map((c) => c.value(model.rows.find((r) => r.force.slug === "kent")!));
    expect(kent.slice(0, 6)).toEqual(["Kent Police", "Eastern", "2012 revisit", "", "Nothing submitted", ""]);
    const staffs = table.columns.map((c) => c.value(model.rows.find((r) => r.force.slug === "staffordshire")!));
    expect(staffs[5]).toBe("Some progress");
  });
  it("puts figures and policies on sheets of their own", () => {
    expect(figuresTable(model).rows).toHaveLength(model.numbers.length + model.counts.length);
    expect(policiesTable(model).columns.map((c) => c.header)).toEqual([
      "Policy",
      "Updated and communicated to staff",
      "Updated, not yet communicated",
      "Under review",
      "Not started",
      "Not answered",
    ]);
  });
});
