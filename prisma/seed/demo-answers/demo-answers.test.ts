import { describe, expect, it } from "vitest";
import { answerValueSchema } from "../../../lib/checklist/answer-values";
import { currentChecklist } from "../../../lib/checklist/index";
import { demoAnswersBySlug } from "./index";

const { questionByCode, isShown, definition } = currentChecklist;
const slugs = ["west-mercia", "staffordshire", "warwickshire", "wiltshire"];

describe("demo answers", () => {
  it("cover exactly the four seed forces", () => {
    expect(Object.keys(demoAnswersBySlug).sort()).toEqual([...slugs].sort());
  });

  describe.each(slugs)("%s", (slug) => {
    const demo = demoAnswersBySlug[slug];
    if (!demo) throw new Error(`missing ${slug}`);
    const { answers, facts } = demo;

    it("answers only real questions, each with a valid stored value", () => {
      for (const [code, value] of Object.entries(answers)) {
        const q = questionByCode.get(code);
        expect(q, `${code} is not a question`).toBeDefined();
        if (!q) continue;
        const parsed = answerValueSchema(q).safeParse(value);
        expect(parsed.success, `${code}: ${parsed.error?.issues[0]?.message}`).toBe(true);
        // Stored values must already be in their canonical (parsed) form.
        expect(parsed.data, code).toEqual(value);
      }
    });

    it("answers every required question that is shown", () => {
      const missing = definition.sections
        .flatMap((s) => s.questions)
        .filter((q) => q.required && isShown(q.code, answers) && !(q.code in answers))
        .map((q) => q.code);
      expect(missing).toEqual([]);
    });

    it("does not answer questions that are hidden by their parent's answer", () => {
      const hidden = Object.keys(answers).filter((code) => !isShown(code, answers));
      expect(hidden).toEqual([]);
    });

    it("stores every fact from the force's report", () => {
      expect(facts.length).toBeGreaterThan(5);
      for (const fact of facts) {
        expect(questionByCode.has(fact.code), `${fact.code} is not a question`).toBe(true);
        const stored = answers[fact.code];
        if (fact.expect !== null && typeof fact.expect === "object" && !Array.isArray(fact.expect)) {
          expect(stored, fact.statement).toMatchObject(fact.expect);
        } else {
          expect(stored, fact.statement).toEqual(fact.expect);
        }
      }
    });

    it("records no change in anti-corruption staffing since 2011, as every report says", () => {
      expect(answers.I2).toEqual(answers.I1);
    });

    it("records the health check, media leaks, social media referrals and second jobs", () => {
      const codes = new Set(facts.map((f) => f.code));
      for (const code of ["A1", "A2", "C9", "D12", "H7"]) expect(codes.has(code), code).toBe(true);
    });
  });

  it("links the alliance partners to each other", () => {
    expect(demoAnswersBySlug.warwickshire?.answers.J4).toEqual(["west-mercia"]);
    expect(demoAnswersBySlug["west-mercia"]?.answers.J4).toEqual(["warwickshire"]);
  });
});
