import { describe, expect, it } from "vitest";
import { currentChecklist } from "@/lib/checklist/index.ts";
import { SUGGESTION_RULES, suggestActions } from "./suggestions.ts";

const codes = (answers: Record<string, unknown>, exclude?: { actioned: string[]; dismissed: string[] }) => suggestActions(currentChecklist, answers, exclude).map((s) => s.questionCode);

describe("suggested actions from answers", () => {
  it("every rule names a question of the checklist", () => {
    for (const code of Object.keys(SUGGESTION_RULES)) expect(currentChecklist.questionByCode.has(code), code).toBe(true);
  });
  it("no and partly are gaps for yes/no/partly questions; yes is not", () => {
    expect(codes({ F1: "no", F5: "partly", F6: "yes" })).toEqual(["F1", "F5"]);
  });
  it("a policy under review or not started is a gap; updated is not", () => {
    expect(codes({ C2: "under_review", D1: "not_started", E1: "updated_communicated", H1: "updated_not_communicated" })).toEqual(["C2", "D1"]);
  });
  it("no is not a gap where it is a fact rather than a shortfall (joint reviews, alliances)", () => {
    expect(codes({ A8: "yes", A11: "no", J3: "no", D5: "no" })).toEqual([]);
  });
  it("a named choice can be a gap: no chief officer lead", () => {
    expect(codes({ B1: "none" })).toEqual(["B1"]);
    expect(codes({ B1: "deputy_chief_constable" })).toEqual([]);
  });
  it("numbers: a smaller anti-corruption unit than in 2011, training below three quarters of staff", () => {
    expect(codes({ I1: { total: 6 }, I2: { total: 4 } })).toEqual(["I2"]);
    expect(codes({ I1: { total: 6 }, I2: { total: 6 } })).toEqual([]);
    expect(codes({ K1: "yes", K3: { total: 60 } })).toEqual(["K3"]);
    expect(codes({ K1: "yes", K3: { total: 90 } })).toEqual([]);
  });
  it("a follow-up hidden by its parent's answer suggests nothing", () => {
    // E5 (electronic register) only shows when E4 (single register) is yes.
    expect(codes({ E4: "yes", E5: "no" })).toEqual(["E5"]);
    expect(codes({ E4: "no", E5: "no" })).toEqual(["E4"]);
  });
  it("leaves out questions already actioned or dismissed; keeps checklist order", () => {
    const answers = { K1: "no", B4: "no", F1: "no", C7: "partly" };
    expect(codes(answers)).toEqual(["B4", "C7", "F1", "K1"]);
    expect(codes(answers, { actioned: ["F1"], dismissed: ["B4"] })).toEqual(["C7", "K1"]);
  });
  it("says which answer makes it a gap, and where it belongs", () => {
    const [s] = suggestActions(currentChecklist, { F1: "partly" });
    expect(s).toMatchObject({ questionCode: "F1", sectionCode: "F", priority: "HIGH" });
    expect(s!.reason).toContain("Partly");
    expect(s!.title.length).toBeGreaterThan(10);
  });
});
