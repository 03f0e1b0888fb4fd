import { describe, expect, it } from "vitest";
import { answerValueSchema } from "../../lib/checklist/answer-values";
import { currentChecklist } from "../../lib/checklist/index";
import { applicableQuestions } from "../../lib/assessments/progress";
import { missingRequiredQuestions } from "../../lib/assessments/readiness";
import { demoAnswersBySlug } from "./demo-answers/index";
import { CYCLE_2012 } from "./demo";
import { baseline2011BySlug, CYCLE_2011 } from "./demo-baseline-2011";

const { definition, questionByCode } = currentChecklist;
const UPDATED = ["updated_communicated", "updated_not_communicated"];

describe("2011 baseline demo data", () => {
  it("is an earlier period than the 2012 revisit, of the same length", () => {
    expect(CYCLE_2011.periodEnd < CYCLE_2012.periodStart).toBe(true);
    expect(CYCLE_2011.periodStart.slice(5)).toBe(CYCLE_2012.periodStart.slice(5));
    expect(CYCLE_2011.periodEnd.slice(5)).toBe(CYCLE_2012.periodEnd.slice(5));
  });

  it("leaves West Mercia with one assessment, so some forces have no year on year", () => {
    expect(Object.keys(baseline2011BySlug).sort()).toEqual(["staffordshire", "warwickshire", "wiltshire"]);
  });

  describe.each(Object.entries(baseline2011BySlug))("%s", (slug, baseline) => {
    const { answers } = baseline;
    const later = demoAnswersBySlug[slug]!.answers;

    it("answers real questions with valid stored values, every required one that applies and none hidden", () => {
      for (const [code, value] of Object.entries(answers)) {
        const parsed = answerValueSchema(questionByCode.get(code)!).safeParse(value);
        expect(parsed.success, code).toBe(true);
        expect(parsed.data, code).toEqual(value);
      }
      expect(missingRequiredQuestions(definition, answers)).toEqual([]);
      const applicable = new Set(definition.sections.flatMap((s) => applicableQuestions(s.questions, answers).map((q) => q.code)));
      expect(Object.keys(answers).filter((code) => !applicable.has(code))).toEqual([]);
    });

    it("has the anti-corruption staffing the 2012 report says has not changed", () => {
      expect(answers.I1).toEqual(later.I1);
      expect(answers.I2).toEqual(later.I1);
    });

    it("had not yet updated the policies the 2012 report says were updated since 2011", () => {
      for (const code of ["C2", "E1", "D1", "H1"]) expect(UPDATED, `${slug} ${code}`).not.toContain(answers[code]);
    });

    it("had a central gifts register in 2011 exactly when the 2012 answers say it was already in place", () => {
      expect(answers.E4).toBe(later.E7 === "yes" ? "yes" : "no");
    });

    it("judges every section it names with a real judgement", () => {
      const sections = new Set(definition.sections.map((s) => s.code));
      for (const code of Object.keys(baseline.sectionJudgements)) expect(sections.has(code), code).toBe(true);
    });
  });

  it("states the 2011 facts from the 2012 reports", () => {
    // Staffordshire published its social media policy on 24 August 2012.
    expect(baseline2011BySlug.staffordshire!.answers.D1).toBe("not_started");
    // Wiltshire's second jobs policy was "recently developed" by 2012.
    expect(baseline2011BySlug.wiltshire!.answers.H1).toBe("not_started");
    // Warwickshire already had one central electronic register overseen by the head of PSD, but no cross-checking.
    expect(baseline2011BySlug.warwickshire!.answers).toMatchObject({ E4: "yes", E5: "yes", E6: "yes", F1: "no" });
  });
});
