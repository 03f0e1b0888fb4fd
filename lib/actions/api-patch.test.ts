import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/db/errors.ts";
import { planPatch } from "./api-patch.ts";
import type { ActionDetail } from "./types.ts";

const action = (over: Partial<ActionDetail> = {}) =>
  ({
    id: "a1",
    title: "Old title",
    description: "Old description",
    questionCodes: ["F1"],
    owner: { kind: "role", role: "HEAD_OF_PROCUREMENT", label: "Head of procurement" },
    dueDate: "2013-03-31",
    priority: "HIGH",
    evidenceRequired: false,
    status: "IN_PROGRESS",
    ...over,
  }) as ActionDetail;

const fieldsOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof ValidationError) return e.fieldErrors;
  }
  return null;
};

describe("PATCH bodies", () => {
  it("field edits merge with the action as it stands", () => {
    expect(planPatch({ title: "New" }, action(), 4)).toEqual({
      call: "update",
      input: {
        actionId: "a1",
        expectedVersion: 4,
        title: "New",
        description: "Old description",
        questionCodes: ["F1"],
        owner: "role:HEAD_OF_PROCUREMENT",
        priority: "HIGH",
        evidenceRequired: false,
        "dueDate-day": "31",
        "dueDate-month": "03",
        "dueDate-year": "2013",
      },
    });
    expect(planPatch({ dueDate: "2014-01-02" }, action({ owner: { kind: "user", userId: "u1", name: "A" } }), 1).input).toMatchObject({ owner: "user:u1", "dueDate-day": "02" });
  });
  it("statuses move the action through its life", () => {
    expect(planPatch({ note: "Going well", status: "BLOCKED" }, action(), 2)).toEqual({ call: "progress", input: { actionId: "a1", expectedVersion: 2, note: "Going well", status: "BLOCKED" } });
    expect(planPatch({ note: "Only a note" }, action(), 2).call).toBe("progress");
    expect(planPatch({ status: "COMPLETED", completionNote: "Done" }, action(), 2)).toMatchObject({ call: "complete", input: { completionNote: "Done" } });
    expect(planPatch({ status: "CLOSED" }, action({ status: "COMPLETED" }), 3)).toMatchObject({ call: "close", input: { note: "" } });
    expect(planPatch({ status: "IN_PROGRESS", reason: "Not finished" }, action({ status: "CLOSED" }), 5)).toMatchObject({ call: "reopen", input: { reason: "Not finished" } });
  });
  it("needs a version, one kind of change, and something to change", () => {
    expect(fieldsOf(() => planPatch({ title: "x" }, action(), undefined))).toHaveProperty("version");
    expect(fieldsOf(() => planPatch({ title: "x", status: "COMPLETED" }, action(), 1))).toHaveProperty("_body");
    expect(fieldsOf(() => planPatch({}, action(), 1))).toHaveProperty("_body");
  });
});
