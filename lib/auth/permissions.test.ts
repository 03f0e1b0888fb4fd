import { describe, expect, it } from "vitest";
import { ASSESSMENT_STATUSES, can, type AssessmentStatus } from "./permissions.ts";
import type { Actor, Role } from "./roles.ts";

const actor = (role: Role, forceId: string | null): Actor => ({
  userId: `${role}-${forceId}`,
  name: role,
  email: `${role}@x`,
  role,
  forceId,
  forceSlug: forceId,
  forceName: forceId,
});

const psd = actor("PSD", "f1");
const chief = actor("CHIEF_OFFICER", "f1");
const inspector = actor("INSPECTOR", null);
const admin = actor("ADMIN", null);
const own = (status: AssessmentStatus) => ({ forceId: "f1", status });
const other = (status: AssessmentStatus) => ({ forceId: "f2", status });

describe("assessment:read", () => {
  it.each(ASSESSMENT_STATUSES)("force users read their own force in every status (%s), never another", (s) => {
    expect(can(psd, "assessment:read", own(s))).toBe(true);
    expect(can(chief, "assessment:read", own(s))).toBe(true);
    expect(can(psd, "assessment:read", other(s))).toBe(false);
    expect(can(chief, "assessment:read", other(s))).toBe(false);
  });
  it("inspectors read any force once submitted, never drafts", () => {
    expect(can(inspector, "assessment:read", other("SUBMITTED"))).toBe(true);
    expect(can(inspector, "assessment:read", other("RETURNED"))).toBe(true);
    expect(can(inspector, "assessment:read", other("ACCEPTED"))).toBe(true);
    expect(can(inspector, "assessment:read", other("DRAFT"))).toBe(false);
    expect(can(inspector, "assessment:read", other("READY_FOR_SIGN_OFF"))).toBe(false);
  });
  it.each(ASSESSMENT_STATUSES)("admins never read answers (%s)", (s) => {
    expect(can(admin, "assessment:read", own(s))).toBe(false);
  });
  it("a force user without a force reads nothing", () => {
    expect(can(actor("PSD", null), "assessment:read", { forceId: "", status: "DRAFT" })).toBe(false);
  });
});

describe("writing answers and moving status", () => {
  it("only PSD of the force answers, and only while the force holds the pen", () => {
    expect(can(psd, "assessment:answer", own("DRAFT"))).toBe(true);
    expect(can(psd, "assessment:answer", own("RETURNED"))).toBe(true);
    for (const s of ["READY_FOR_SIGN_OFF", "SUBMITTED", "ACCEPTED"] as const) expect(can(psd, "assessment:answer", own(s))).toBe(false);
    expect(can(psd, "assessment:answer", other("DRAFT"))).toBe(false);
    expect(can(chief, "assessment:answer", own("DRAFT"))).toBe(false);
    expect(can(inspector, "assessment:answer", other("SUBMITTED"))).toBe(false);
  });
  it("only the force's chief officer signs off, and only when ready", () => {
    expect(can(chief, "assessment:sign-off", own("READY_FOR_SIGN_OFF"))).toBe(true);
    expect(can(chief, "assessment:sign-off", own("DRAFT"))).toBe(false);
    expect(can(chief, "assessment:sign-off", other("READY_FOR_SIGN_OFF"))).toBe(false);
    expect(can(psd, "assessment:sign-off", own("READY_FOR_SIGN_OFF"))).toBe(false);
  });
  it("only inspectors review, and only submitted assessments", () => {
    expect(can(inspector, "assessment:review", other("SUBMITTED"))).toBe(true);
    expect(can(inspector, "assessment:review", other("ACCEPTED"))).toBe(false);
    expect(can(chief, "assessment:review", own("SUBMITTED"))).toBe(false);
  });
  it("PSD starts only for its own force", () => {
    expect(can(psd, "assessment:start", { forceId: "f1" })).toBe(true);
    expect(can(psd, "assessment:start", { forceId: "f2" })).toBe(false);
    expect(can(chief, "assessment:start", { forceId: "f1" })).toBe(false);
  });
});

describe("actions and administration", () => {
  it("force users write their own actions; only chief officers close them; inspectors read submitted ones", () => {
    expect(can(psd, "action:write", { forceId: "f1" })).toBe(true);
    expect(can(psd, "action:write", { forceId: "f2" })).toBe(false);
    expect(can(psd, "action:close", { forceId: "f1" })).toBe(false);
    expect(can(chief, "action:close", { forceId: "f1" })).toBe(true);
    expect(can(inspector, "action:read", { forceId: "f2", assessmentStatus: "SUBMITTED" })).toBe(true);
    expect(can(inspector, "action:read", { forceId: "f2", assessmentStatus: "DRAFT" })).toBe(false);
    expect(can(inspector, "action:write", { forceId: "f2" })).toBe(false);
  });
  it("only admins manage users and reference data", () => {
    for (const a of [psd, chief, inspector]) {
      expect(can(a, "user:manage", null)).toBe(false);
      expect(can(a, "reference:manage", null)).toBe(false);
    }
    expect(can(admin, "user:manage", null)).toBe(true);
    expect(can(admin, "reference:manage", null)).toBe(true);
  });
});

describe("national view", () => {
  it("only inspectors read the national view and year on year", () => {
    expect(can(inspector, "national:read", null)).toBe(true);
    for (const a of [psd, chief, admin]) expect(can(a, "national:read", null)).toBe(false);
  });
});

describe("the inspectorate's review", () => {
  it.each(ASSESSMENT_STATUSES)("only inspectors read the review, once the assessment reached them (%s)", (s) => {
    expect(can(inspector, "review:read", other(s))).toBe(["SUBMITTED", "RETURNED", "ACCEPTED"].includes(s));
    for (const a of [psd, chief, admin]) expect(can(a, "review:read", own(s))).toBe(false);
  });
  it.each(ASSESSMENT_STATUSES)("only the force's PSD responds to queries, and only while returned (%s)", (s) => {
    expect(can(psd, "review:respond", own(s))).toBe(s === "RETURNED");
    expect(can(psd, "review:respond", other(s))).toBe(false);
    for (const a of [chief, inspector, admin]) expect(can(a, "review:respond", own(s))).toBe(false);
  });
});
