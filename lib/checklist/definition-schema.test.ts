import { describe, expect, it } from "vitest";
import { validateDefinition } from "./definition-schema";
import { canonicalJson, contentHash } from "./hash";
import { currentChecklist, loadChecklist } from "./index";
import type { ChecklistDefinition, QuestionDefinition, SectionDefinition } from "./types";
import { checklistV1 } from "./v1";

function copy(): ChecklistDefinition {
  return structuredClone(checklistV1);
}
function section(def: ChecklistDefinition, code: string): SectionDefinition {
  const s = def.sections.find((x) => x.code === code);
  if (!s) throw new Error(`no section ${code}`);
  return s;
}
function question(def: ChecklistDefinition, code: string): QuestionDefinition {
  const q = def.sections.flatMap((s) => s.questions).find((x) => x.code === code);
  if (!q) throw new Error(`no question ${code}`);
  return q;
}
function problemsOf(def: unknown): string {
  try {
    validateDefinition(def);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected the definition to be rejected");
}

describe("checklist v1", () => {
  it("passes validation", () => {
    expect(() => validateDefinition(checklistV1)).not.toThrow();
  });

  it("has sections A to K in order", () => {
    expect(checklistV1.sections.map((s) => s.code).join("")).toBe("ABCDEFGHIJK");
  });

  it("has between 60 and 90 questions", () => {
    const count = checklistV1.sections.reduce((n, s) => n + s.questions.length, 0);
    expect(count).toBeGreaterThanOrEqual(60);
    expect(count).toBeLessThanOrEqual(90);
  });

  it("numbers questions in order within each section", () => {
    for (const s of checklistV1.sections) {
      expect(s.questions.map((q) => q.code)).toEqual(s.questions.map((_, i) => `${s.code}${i + 1}`));
    }
  });

  it("ends every section with an optional 'anything else' text question", () => {
    for (const s of checklistV1.sections) {
      const last = s.questions[s.questions.length - 1];
      expect(last?.type).toBe("text");
      expect(last?.required).toBe(false);
      expect(last?.prompt).toMatch(/^Is there anything else about .+\?$/);
    }
  });

  it("keeps the reporting period out of prompts", () => {
    for (const q of currentChecklist.questionByCode.values()) {
      expect(q.prompt).not.toMatch(/September|May 2012|2011 to|– May/);
    }
  });
});

describe("validateDefinition rejects broken definitions", () => {
  it("duplicate question code", () => {
    const def = copy();
    question(def, "B2").code = "B1";
    expect(problemsOf(def)).toMatch(/Question code B1 is used more than once/);
  });

  it("duplicate section code", () => {
    const def = copy();
    section(def, "K").code = "J";
    expect(problemsOf(def)).toMatch(/Section code J is used more than once/);
  });

  it("question code not starting with its section letter", () => {
    const def = copy();
    question(def, "B4").code = "C99";
    expect(problemsOf(def)).toMatch(/C99 must start with its section letter B/);
  });

  it("uncited question", () => {
    const def = copy();
    question(def, "C5").cites = "R-NOPE";
    expect(problemsOf(def)).toMatch(/C5 cites R-NOPE, which is not a recommendation/);
  });

  it("follow-up to a missing question", () => {
    const def = copy();
    question(def, "D12").followUps = [{ when: { greaterThan: 0 }, show: ["D99"] }];
    expect(problemsOf(def)).toMatch(/D12 shows follow-up D99, which does not exist/);
  });

  it("follow-up to an earlier question", () => {
    const def = copy();
    question(def, "C10").followUps = [{ when: { equals: ["yes"] }, show: ["C9"] }];
    expect(problemsOf(def)).toMatch(/C10 shows follow-up C9, which comes before it/);
  });

  it("follow-up in another section", () => {
    const def = copy();
    question(def, "B4").followUps = [{ when: { equals: ["yes"] }, show: ["C3"] }];
    expect(problemsOf(def)).toMatch(/B4 shows follow-up C3, which is in another section/);
  });

  it("follow-up of itself and of two parents", () => {
    const def = copy();
    question(def, "B4").followUps = [{ when: { equals: ["yes"] }, show: ["B4"] }];
    question(def, "A7").followUps = [{ when: { equals: ["yes"] }, show: ["A9"] }];
    const message = problemsOf(def);
    expect(message).toMatch(/B4 is a follow-up of itself/);
    expect(message).toMatch(/A9 is a follow-up of more than one parent/);
  });

  it("wrong condition kind: greaterThan on a yes/no question", () => {
    const def = copy();
    question(def, "E4").followUps = [{ when: { greaterThan: 0 }, show: ["E5"] }];
    expect(problemsOf(def)).toMatch(/E4 uses a greaterThan condition but is a yes_no question/);
  });

  it("wrong condition kind: equals on a whole number question", () => {
    const def = copy();
    question(def, "D12").followUps = [{ when: { equals: ["yes"] }, show: ["D13"] }];
    expect(problemsOf(def)).toMatch(/D12 uses an equals condition, which does not fit a whole_number/);
  });

  it("condition value that is not a possible answer", () => {
    const def = copy();
    question(def, "E4").followUps = [{ when: { equals: ["partly"] }, show: ["E5", "E6", "E7"] }];
    question(def, "C1").followUps = [{ when: { equals: ["maybe"] }, show: ["C3"] }];
    const message = problemsOf(def);
    expect(message).toMatch(/E4 has a follow-up condition on "partly"/);
    expect(message).toMatch(/C1 has a follow-up condition on "maybe"/);
  });

  it("section not ending in an optional text question", () => {
    const def = copy();
    section(def, "G").questions.pop();
    const k = section(def, "K");
    const last = k.questions[k.questions.length - 1];
    if (last) last.required = true;
    const message = problemsOf(def);
    expect(message).toMatch(/Section G must end with an optional text question/);
    expect(message).toMatch(/Section K must end with an optional text question/);
  });

  it("choice without options, and options on a non-choice question", () => {
    const def = copy();
    delete question(def, "A2").options;
    question(def, "A1").options = [{ value: "a", label: "A" }, { value: "b", label: "B" }];
    const message = problemsOf(def);
    expect(message).toMatch(/A2 is a choice question but has fewer than 2 options/);
    expect(message).toMatch(/A1 has options but is not a choice question/);
  });

  it("duplicate option values", () => {
    const def = copy();
    question(def, "B1").options?.push({ value: "none", label: "Again" });
    expect(problemsOf(def)).toMatch(/B1 has the option value "none" more than once/);
  });

  it("ofWhich, unit or max on a non-number question", () => {
    const def = copy();
    Object.assign(question(def, "B2"), { unit: "staff", max: 5, ofWhich: [{ key: "x", label: "x" }] });
    const message = problemsOf(def);
    for (const field of ["ofWhich", "unit", "max"]) {
      expect(message).toContain(`B2 has ${field} but is not a whole_number question`);
    }
  });

  it("bad shape, reported with paths", () => {
    const def = copy() as unknown as { sections: { questions: { type: string }[] }[] };
    const q = def.sections[0]?.questions[0];
    if (q) q.type = "essay";
    expect(problemsOf(def)).toMatch(/sections\.0\.questions\.0\.type/);
    expect(problemsOf(null)).toMatch(/not valid/);
  });

  it("lists every problem in one error", () => {
    const def = copy();
    question(def, "C5").cites = "R-NOPE";
    question(def, "H4").cites = "R-ALSO-NOPE";
    const message = problemsOf(def);
    expect(message).toMatch(/C5 cites R-NOPE/);
    expect(message).toMatch(/H4 cites R-ALSO-NOPE/);
  });
});

describe("loadChecklist and hashing", () => {
  it("builds lookups", () => {
    expect(currentChecklist.questionByCode.get("C9")?.type).toBe("whole_number");
    expect(currentChecklist.sectionByCode.get("J")?.title).toBe("Governance and oversight");
    expect(currentChecklist.sectionOfQuestion.get("H7")?.code).toBe("H");
    expect(currentChecklist.parentOf.get("D13")?.parent.code).toBe("D12");
  });

  it("shows nested follow-ups only when the whole chain matches", () => {
    const { isShown } = currentChecklist;
    expect(isShown("A6", { A1: "yes", A5: "yes" })).toBe(true);
    expect(isShown("A6", { A1: "no", A5: "yes" })).toBe(false);
    expect(isShown("A4", { A1: "no" })).toBe(true);
    expect(isShown("D13", { D12: { total: 0 } })).toBe(false);
    expect(isShown("D13", { D12: { total: 2 } })).toBe(true);
    expect(isShown("Z1", {})).toBe(false);
  });

  it("canonical JSON ignores key order and whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: "x" } })).toBe(
      '{"a":{"c":"x","d":[1,{"y":2,"z":1}]},"b":1}',
    );
    expect(canonicalJson({ a: undefined, b: [undefined] })).toBe('{"b":[null]}');
  });

  it("content hash is stable and changes with content", () => {
    const reverseKeys = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reverseKeys)
        : v !== null && typeof v === "object"
          ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverseKeys(x)]))
          : v;
    const reordered = reverseKeys(checklistV1);
    const hash = contentHash(checklistV1);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash(loadChecklist(reordered).definition)).toBe(hash);
    const changed = copy();
    question(changed, "A1").prompt += "!";
    expect(contentHash(changed)).not.toBe(hash);
  });
});
