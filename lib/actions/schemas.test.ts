import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/validation.ts";
import { actionFormSchema, actionUpdateSchema, dueDateFromApi } from "./schemas.ts";

const base = { title: "Cross-check the registers", priority: "HIGH", "dueDate-day": "31", "dueDate-month": "3", "dueDate-year": "2013" };
const errors = (input: unknown) => {
  const r = actionFormSchema.safeParse(input);
  return r.success ? {} : fieldErrorsOf(r.error);
};

describe("the action form", () => {
  it("turns the three date boxes into a day and tidies the fields", () => {
    const v = actionFormSchema.parse({ ...base, questionCodes: " f1, e4  f1", evidenceRequired: "yes", description: "Line one\r\nLine two " });
    expect(v).toMatchObject({ dueDate: "2013-03-31", questionCodes: ["F1", "E4"], evidenceRequired: true, owner: "", description: "Line one\nLine two" });
    expect(actionFormSchema.parse({ ...base, questionCodes: ["A1", "B2"] }).questionCodes).toEqual(["A1", "B2"]);
    expect(actionFormSchema.parse(base).evidenceRequired).toBe(false);
  });
  it.each([
    [{ "dueDate-day": "", "dueDate-month": "", "dueDate-year": "" }, { dueDate: "Enter the date the action is due" }],
    [{ "dueDate-year": "" }, { "dueDate-year": "Due date must include a year" }],
    [{ "dueDate-day": "", "dueDate-month": "" }, { "dueDate-day": "Due date must include a day and month" }],
    [{ "dueDate-day": "30", "dueDate-month": "2" }, { dueDate: "Due date must be a real date" }],
    [{ "dueDate-month": "March" }, { dueDate: "Due date must be a real date" }],
    [{ "dueDate-year": "1999" }, { "dueDate-year": "Due date must be between 1 January 2000 and 31 December 2100" }],
    [{ title: "" }, { title: "Enter a title for the action" }],
    [{ title: "x".repeat(151) }, { title: "Title must be 150 characters or fewer" }],
    [{ title: "Bad\u0007" }, { title: "Title contains hidden characters that are not allowed. Type it again instead of pasting it" }],
    [{ owner: "someone" }, { owner: "Select who owns the action from the list" }],
  ])("%o is refused with a message that says what to do", (over, expected) => {
    expect(errors({ ...base, ...over })).toEqual(expected);
  });
  it("the API's day becomes the boxes; anything else is not a real date", () => {
    expect(dueDateFromApi({ dueDate: "2013-03-31", title: "x" })).toEqual({ title: "x", "dueDate-day": "31", "dueDate-month": "03", "dueDate-year": "2013" });
    expect(errors(dueDateFromApi({ ...base, dueDate: "31/03/2013" }))).toEqual({ dueDate: "Due date must be a real date" });
    expect(errors(dueDateFromApi({ ...base, dueDate: "" }))).toEqual({ dueDate: "Enter the date the action is due" });
  });
});

describe("the progress update form", () => {
  it("a status left alone is no change; completing is not a status it can set", () => {
    expect(actionUpdateSchema.parse({ actionId: "a", expectedVersion: "3", note: "Done some", status: "" })).toEqual({ actionId: "a", expectedVersion: 3, note: "Done some", status: undefined });
    expect(actionUpdateSchema.safeParse({ actionId: "a", expectedVersion: 3, note: "x", status: "COMPLETED" }).success).toBe(false);
  });
});

describe("the error summary lists every problem at once", () => {
  it("a bad date is reported beside other bad fields", () => {
    expect(errors({ ...base, title: "", priority: "URGENT", "dueDate-day": "30", "dueDate-month": "2" })).toEqual({
      title: "Enter a title for the action",
      priority: "Select the priority of the action",
      dueDate: "Due date must be a real date",
    });
  });
});
