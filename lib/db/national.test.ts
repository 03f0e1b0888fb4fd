import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles.ts";
import { actorFor } from "./test-support/actors.ts";
import { startAssessment } from "./assessment-start.ts";
import { saveAnswer } from "./answers.ts";
import { getNationalView, getYearOnYear } from "./national.ts";
import { NotFoundError } from "./errors.ts";

// The national view and year on year through the real data layer, on the demo data (the four
// 2012 submissions and the 2011 baseline). Force used only here: dyfed-powys (a draft).
// Other tests submit 2012 assessments of their own forces at the same time, so 2012 assertions
// stick to the demo forces; the closed 2011 baseline cannot change.

let inspector: Actor, psd: Actor, chief: Actor, admin: Actor;
const DEMO = ["staffordshire", "warwickshire", "west-mercia", "wiltshire"];

beforeAll(async () => {
  [inspector, psd, chief, admin] = (await Promise.all(
    ["inspector@inspectorate.example.org", "psd@dyfed-powys.example.org", "chief@west-mercia.example.org", "admin@example.org"].map(actorFor),
  )) as [Actor, Actor, Actor, Actor];
  // A draft with an answer that would show in the figures if drafts were read.
  const { id } = await startAssessment(psd, { cycleSlug: "2012-revisit" });
  await saveAnswer(psd, { assessmentId: id, code: "C9", value: { total: 500 }, expectedVersion: 0 });
});

describe("who may see it", () => {
  it("force users and admins are told it does not exist", async () => {
    for (const actor of [psd, chief, admin]) {
      await expect(getNationalView(actor, {})).rejects.toBeInstanceOf(NotFoundError);
      await expect(getYearOnYear(actor, "west-mercia")).rejects.toBeInstanceOf(NotFoundError);
    }
  });
  it("an unknown force is not found", async () => {
    await expect(getYearOnYear(inspector, "atlantis")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getYearOnYear(inspector, "x".repeat(500))).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the 2012 revisit (the newest cycle, by default)", () => {
  let view: Awaited<ReturnType<typeof getNationalView>>;
  beforeAll(async () => {
    view = await getNationalView(inspector, {});
  });
  const row = (slug: string) => view.rows.find((r) => r.force.slug === slug)!;

  it("lists all 44 forces, with every cycle and region to filter by", () => {
    expect(view.filters).toEqual({ cycle: "2012-revisit", region: null });
    expect(view.rows).toHaveLength(44);
    expect(view.cycles.map((c) => c.slug)).toEqual(["2012-revisit", "2011-baseline"]);
    expect(view.regions).toHaveLength(4);
    expect(view.sections.map((s) => s.code)).toEqual(["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"]);
  });

  it("shows the demo forces' submissions, complete in every section", () => {
    for (const slug of DEMO) {
      expect(row(slug).assessment?.counted, slug).toBe(true);
      expect(row(slug).cells.every((c) => c.status === "COMPLETED"), slug).toBe(true);
    }
  });

  it("never shows a draft, nor counts its answers", () => {
    expect(row("dyfed-powys").assessment).toBeNull();
    expect(row("dyfed-powys").cells).toEqual([]);
    // The draft's 500 would dwarf every submitted count.
    expect(view.numbers.find((f) => f.id === "media-investigations")!.total).toBeLessThan(500);
  });

  it("marks the forces that have year on year to show", () => {
    expect(row("staffordshire").yearOnYear).toBe(true);
    expect(row("west-mercia").yearOnYear).toBe(false);
    expect(row("dyfed-powys").yearOnYear).toBe(false);
  });
});

describe("filters", () => {
  it("the 2011 baseline: three accepted assessments with their judgements and figures", async () => {
    const view = await getNationalView(inspector, { cycle: "2011-baseline" });
    const submitted = view.rows.filter((r) => r.assessment);
    expect(submitted.map((r) => [r.force.slug, r.assessment!.statusText, r.assessment!.judgementText])).toEqual([
      ["staffordshire", "Accepted", "Limited progress"],
      ["warwickshire", "Accepted", "Some progress"],
      ["wiltshire", "Accepted", "Limited progress"],
    ]);
    expect(view.totals).toEqual({ forces: 44, withAssessment: 3, counted: 3 });
    expect(view.numbers.find((f) => f.id === "media-investigations")).toMatchObject({ total: 4, median: 1, forces: 3, published: null });
    expect(view.numbers.find((f) => f.id === "second-job-applications")).toMatchObject({ total: 130, median: 30 });
    expect(view.judgements.map((j) => j.forces)).toEqual([0, 1, 2, 0, 41]);
    const staffs = view.rows.find((r) => r.force.slug === "staffordshire")!;
    expect(staffs.cells.find((c) => c.code === "E")).toMatchObject({ judgementText: "Good progress", tone: "good" });
  });

  it("a region shows only its forces", async () => {
    const view = await getNationalView(inspector, new URLSearchParams("cycle=2012-revisit&region=Northern"));
    expect(view.filters.region).toBe("Northern");
    expect(view.rows).toHaveLength(12);
    expect(view.rows.every((r) => r.force.region === "Northern")).toBe(true);
  });
});

describe("year on year", () => {
  it("compares Staffordshire's 2011 baseline with its 2012 revisit", async () => {
    const yoy = await getYearOnYear(inspector, "staffordshire");
    expect(yoy.assessments.map((a) => a.cycle.slug)).toEqual(["2012-revisit", "2011-baseline"]);
    const changes = yoy.comparison!.sections.flatMap((s) => s.changes);
    expect(changes.find((c) => c.code === "D1")).toMatchObject({ before: "Not started", after: "Updated and communicated to staff" });
    expect(yoy.comparison!.judgement.beforeText).toBe("Limited progress");
  });

  it("has nothing to compare for a force with one assessment, and ignores drafts", async () => {
    expect((await getYearOnYear(inspector, "west-mercia")).comparison).toBeNull();
    expect(await getYearOnYear(inspector, "dyfed-powys")).toMatchObject({ assessments: [], comparison: null });
  });
});
