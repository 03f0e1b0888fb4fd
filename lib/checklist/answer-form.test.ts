import { describe, expect, it } from "vitest";
import { parseAnswerForm, valueToForm } from "./answer-form";
import type { QuestionDefinition } from "./types";

const base = { prompt: "?", required: true, cites: "R", reportHeading: "not_reported" } as const;
const count: QuestionDefinition = { ...base, code: "H7", type: "whole_number", unit: "applications", ofWhich: [{ key: "approved", label: "approved" }] };
const date: QuestionDefinition = { ...base, code: "D2", type: "date" };
const yn: QuestionDefinition = { ...base, code: "A1", type: "yes_no_partly" };
const multi: QuestionDefinition = { ...base, code: "K2", type: "choice", multiple: true, options: [{ value: "a", label: "A" }, { value: "b", label: "B" }] };
const text: QuestionDefinition = { ...base, code: "A13", type: "text", required: false };
const evidence: QuestionDefinition = { ...base, code: "A12", type: "evidence", required: false };

describe("parseAnswerForm", () => {
  it("turns typed numbers into a whole-number answer with its breakdown", () => {
    expect(parseAnswerForm(count, { H7: " 1,234 ", "H7-approved": "33" }, { required: true })).toEqual({ ok: true, value: { total: 1234, parts: { approved: 33 } } });
  });
  it("says what is wrong with a number, in the question's own terms", () => {
    expect(parseAnswerForm(count, { H7: "ten" }, { required: true })).toEqual({ ok: false, errors: { H7: "The number of applications must be a number, like 35" } });
    expect(parseAnswerForm(count, { H7: "-3" }, { required: true })).toEqual({ ok: false, errors: { H7: "The number of applications must be 0 or more" } });
    expect(parseAnswerForm(count, { H7: "3.5" }, { required: true })).toEqual({ ok: false, errors: { H7: "The number of applications must be a whole number, like 35" } });
    expect(parseAnswerForm(count, { H7: "3", "H7-approved": "4" }, { required: true })).toEqual({ ok: false, errors: { "H7-approved": "The number approved cannot be more than the total" } });
  });
  it("an empty required answer is an error only when continuing", () => {
    expect(parseAnswerForm(count, {}, { required: true })).toEqual({ ok: false, errors: { H7: "Enter the number of applications, like 35" } });
    expect(parseAnswerForm(count, {}, { required: false })).toEqual({ ok: true, value: null });
    expect(parseAnswerForm(yn, {}, { required: true })).toEqual({ ok: false, errors: { A1: "Select yes, no or partly" } });
  });
  it("checks dates part by part", () => {
    expect(parseAnswerForm(date, { "D2-day": "24", "D2-month": "8", "D2-year": "2012" }, { required: true })).toEqual({ ok: true, value: "2012-08-24" });
    expect(parseAnswerForm(date, { "D2-day": "24", "D2-year": "2012" }, { required: true })).toEqual({ ok: false, errors: { "D2-month": "The date must include a month" } });
    expect(parseAnswerForm(date, { "D2-day": "30", "D2-month": "2", "D2-year": "2012" }, { required: true })).toMatchObject({ ok: false, errors: { "D2-day": "Enter a real date, like 24 8 2012" } });
  });
  it("takes several choices, and rejects ones that are not offered", () => {
    expect(parseAnswerForm(multi, { K2: ["a", "b"] }, { required: true })).toEqual({ ok: true, value: ["a", "b"] });
    expect(parseAnswerForm(multi, { K2: ["c"] }, { required: true })).toMatchObject({ ok: false });
    expect(parseAnswerForm(yn, { A1: "maybe" }, { required: true })).toMatchObject({ ok: false, errors: { A1: "Select yes, no or partly" } });
  });
  it("keeps text as typed (trimmed) and treats blank optional text and notes as no answer", () => {
    expect(parseAnswerForm(text, { A13: "  <b>bold</b>  " }, { required: true })).toEqual({ ok: true, value: "<b>bold</b>" });
    expect(parseAnswerForm(text, { A13: "   " }, { required: true })).toEqual({ ok: true, value: null });
    expect(parseAnswerForm(evidence, { "A12-note": "" }, { required: true })).toEqual({ ok: true, value: null });
  });
  it("valueToForm is the inverse of parseAnswerForm", () => {
    for (const [q, value] of [
      [count, { total: 35, parts: { approved: 33 } }],
      [date, "2012-08-24"],
      [yn, "partly"],
      [multi, ["a", "b"]],
      [text, "Some words"],
      [evidence, { note: "See the policy" }],
    ] as const) {
      expect(parseAnswerForm(q, valueToForm(q, value), { required: true })).toEqual({ ok: true, value });
    }
  });
});
