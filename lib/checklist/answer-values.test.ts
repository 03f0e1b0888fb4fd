import { describe, expect, it } from "vitest";
import { answerValueSchema, isFollowUpShown } from "./answer-values";
import type { QuestionDefinition } from "./types";

function q(partial: Partial<QuestionDefinition> & Pick<QuestionDefinition, "type">): QuestionDefinition {
  return { code: "X1", prompt: "Test?", required: true, cites: "R-TEST", reportHeading: "overview", ...partial };
}
/** The first error message, or "ok". */
function check(question: QuestionDefinition, value: unknown): string {
  const r = answerValueSchema(question).safeParse(value);
  return r.success ? "ok" : (r.error.issues[0]?.message ?? "no message");
}
function messages(question: QuestionDefinition, value: unknown): string[] {
  const r = answerValueSchema(question).safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.message);
}

describe("yes/no, yes/no/partly and policy status", () => {
  it("accepts only the listed values", () => {
    expect(check(q({ type: "yes_no" }), "yes")).toBe("ok");
    expect(check(q({ type: "yes_no" }), "partly")).toBe("Select yes or no");
    expect(check(q({ type: "yes_no" }), undefined)).toBe("Select yes or no");
    expect(check(q({ type: "yes_no_partly" }), "partly")).toBe("ok");
    expect(check(q({ type: "yes_no_partly" }), "")).toBe("Select yes, no or partly");
    expect(check(q({ type: "yes_no_partly" }), true)).toBe("Select yes, no or partly");
    expect(check(q({ type: "policy_status" }), "under_review")).toBe("ok");
    expect(check(q({ type: "policy_status" }), "done")).toBe("Select the status of the policy");
  });
});

describe("whole numbers", () => {
  const plain = q({ type: "whole_number" });
  const jobs = q({
    type: "whole_number",
    max: 1000,
    ofWhich: [
      { key: "approved", label: "approved" },
      { key: "refused", label: "refused" },
    ],
  });

  it("accepts valid totals and parts", () => {
    expect(check(plain, { total: 0 })).toBe("ok");
    expect(check(plain, { total: 1_000_000 })).toBe("ok");
    expect(check(jobs, { total: 84, parts: { approved: 79 } })).toBe("ok");
    expect(check(jobs, { total: 84, parts: { approved: 79, refused: 5 } })).toBe("ok");
    expect(check(jobs, { total: 84 })).toBe("ok");
  });

  it("rejects missing, negative, fractional, huge and wrong-type values", () => {
    expect(check(plain, undefined)).toBe("Enter a whole number, like 35");
    expect(check(plain, {})).toBe("Enter a whole number, like 35");
    expect(check(plain, 35)).toBe("Enter a whole number, like 35");
    expect(check(plain, { total: "35" })).toBe("Enter a whole number, like 35");
    expect(check(plain, { total: -1 })).toBe("Enter a number that is 0 or more");
    expect(check(plain, { total: 2.5 })).toBe("Enter a whole number, like 35");
    expect(check(plain, { total: Number.NaN })).toBe("Enter a whole number, like 35");
    expect(check(plain, { total: Number.POSITIVE_INFINITY })).toBe("Enter a whole number, like 35");
    expect(check(plain, { total: 1_000_001 })).toBe("Enter a number that is 1,000,000 or less");
    expect(check(jobs, { total: 1001 })).toBe("Enter a number that is 1,000 or less");
  });

  it("rejects a part bigger than the total", () => {
    expect(messages(jobs, { total: 35, parts: { approved: 36, refused: 40 } })).toEqual([
      "The number approved cannot be more than the total",
      "The number refused cannot be more than the total",
    ]);
  });

  it("rejects unknown or invalid parts", () => {
    expect(check(jobs, { total: 5, parts: { pending: 1 } })).toBe("Only these breakdowns can be given: approved, refused");
    expect(check(jobs, { total: 5, parts: { approved: -1 } })).toBe("Enter a number that is 0 or more");
    expect(check(jobs, { total: 5, parts: { approved: 1.5 } })).toBe("Enter a whole number, like 35");
    expect(check(plain, { total: 5, parts: { approved: 1 } })).toBe("This question does not take a breakdown");
  });
});

describe("dates", () => {
  const date = q({ type: "date" });
  it("accepts real dates in range", () => {
    for (const v of ["2012-08-24", "2012-02-29", "1990-01-01", "2100-12-31"]) expect(check(date, v)).toBe("ok");
  });
  it("rejects impossible, malformed and out-of-range dates", () => {
    for (const v of ["2012-02-30", "2011-02-29", "2012-13-01", "2012-00-10", "2012-04-31"]) {
      expect(check(date, v)).toBe("Enter a real date, like 24 8 2012");
    }
    for (const v of ["24/08/2012", "2012-8-24", "", "2012-08-24T00:00:00Z"]) {
      expect(check(date, v)).toBe("Enter a real date, like 24 8 2012");
    }
    expect(check(date, 20120824)).toBe("Enter a date, like 24 8 2012");
    expect(check(date, "1989-12-31")).toBe("Enter a date between 1 1 1990 and 31 12 2100");
    expect(check(date, "2101-01-01")).toBe("Enter a date between 1 1 1990 and 31 12 2100");
  });
});

describe("choices", () => {
  const options = [
    { value: "a", label: "A" },
    { value: "b", label: "B" },
  ];
  const single = q({ type: "choice", options });
  const multi = q({ type: "choice", options, multiple: true });
  it("single choice takes one option value", () => {
    expect(check(single, "a")).toBe("ok");
    expect(check(single, "c")).toBe("Select one of the options");
    expect(check(single, ["a"])).toBe("Select an option");
    expect(check(single, undefined)).toBe("Select an option");
  });
  it("multiple choice takes a non-empty list of distinct option values", () => {
    expect(check(multi, ["a", "b"])).toBe("ok");
    expect(check(multi, [])).toBe("Select at least one option");
    expect(check(multi, "a")).toBe("Select at least one option");
    expect(check(multi, ["a", "a"])).toBe("Select each option only once");
    expect(check(multi, ["a", "z"])).toBe("Select one of the options");
  });
});

describe("text", () => {
  const text = q({ type: "text" });
  it("trims, normalises line breaks and keeps tabs", () => {
    const r = answerValueSchema(text).safeParse("  line one\r\n\tline two\rthree  ");
    expect(r.success && r.data).toBe("line one\n\tline two\nthree");
  });
  it("accepts script-laden text as plain text: escaping is the renderer's job", () => {
    expect(check(text, '<script>alert("x")</script>')).toBe("ok");
  });
  it("rejects empty, too long, wrong type and control characters", () => {
    expect(check(text, "   ")).toBe("Enter your answer");
    expect(check(text, "x".repeat(5001))).toBe("Your answer must be 5,000 characters or fewer");
    expect(check(text, "x".repeat(5000))).toBe("ok");
    expect(check(text, 42)).toBe("Enter your answer as text");
    for (const bad of ["a\u0000b", "a\u0007b", "a\u001bb", "a\u007fb", "a\u0085b"]) {
      expect(check(text, bad)).toMatch(/hidden characters/);
    }
  });
});

describe("evidence", () => {
  const evidence = q({ type: "evidence" });
  it("takes an optional note of up to 1,000 characters", () => {
    expect(check(evidence, { note: "" })).toBe("ok");
    expect(check(evidence, { note: "Action plan v3" })).toBe("ok");
    expect(check(evidence, { note: "x".repeat(1001) })).toBe("The note must be 1,000 characters or fewer");
    expect(check(evidence, { note: "a\u0000" })).toMatch(/hidden characters/);
    expect(check(evidence, { note: "x", fileId: "1" })).toBe("Add a note about the evidence, or leave the note blank");
    expect(check(evidence, "a note")).toBe("Add a note about the evidence, or leave the note blank");
  });
});

describe("isFollowUpShown", () => {
  const yn = q({ type: "yes_no_partly" });
  const num = q({ type: "whole_number" });
  const multi = q({ type: "choice", multiple: true, options: [{ value: "a", label: "A" }, { value: "b", label: "B" }] });
  it("matches equals conditions, including any selected option", () => {
    const fu = { when: { equals: ["yes", "partly"] }, show: ["X2"] };
    expect(isFollowUpShown(yn, "partly", fu)).toBe(true);
    expect(isFollowUpShown(yn, "no", fu)).toBe(false);
    expect(isFollowUpShown(yn, undefined, fu)).toBe(false);
    expect(isFollowUpShown(multi, ["b", "a"], { when: { equals: ["a"] }, show: ["X2"] })).toBe(true);
    expect(isFollowUpShown(multi, ["b"], { when: { equals: ["a"] }, show: ["X2"] })).toBe(false);
  });
  it("matches greaterThan only on whole numbers with a numeric total", () => {
    const fu = { when: { greaterThan: 0 }, show: ["X2"] };
    expect(isFollowUpShown(num, { total: 1 }, fu)).toBe(true);
    expect(isFollowUpShown(num, { total: 0 }, fu)).toBe(false);
    expect(isFollowUpShown(num, { total: "3" }, fu)).toBe(false);
    expect(isFollowUpShown(num, null, fu)).toBe(false);
    expect(isFollowUpShown(yn, { total: 3 }, fu)).toBe(false);
  });
});
