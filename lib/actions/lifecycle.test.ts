import { describe, expect, it } from "vitest";
import type { Actor, Role } from "@/lib/auth/roles.ts";
import { ACTION_STATUSES, type ActionStatus } from "./rag.ts";
import { actionAbilities } from "./lifecycle.ts";

const actor = (role: Role, forceId: string | null): Actor => ({ userId: role, name: role, email: `${role}@x`, role, forceId, forceSlug: forceId, forceName: forceId });
const psd = actor("PSD", "f1");
const chief = actor("CHIEF_OFFICER", "f1");
const own = (status: ActionStatus) => ({ forceId: "f1", status });
const other = (status: ActionStatus) => ({ forceId: "f2", status });

describe("what may happen to an action", () => {
  it("open actions: the force's PSD and chief officer edit, update, complete and add evidence; nobody closes", () => {
    for (const s of ["NOT_STARTED", "IN_PROGRESS", "BLOCKED"] as const) {
      for (const a of [psd, chief]) expect(actionAbilities(a, own(s))).toEqual({ edit: true, update: true, complete: true, close: false, reopen: false, addEvidence: true });
    }
  });
  it("completed: notes and evidence still, no edits; only the chief officer closes or reopens", () => {
    expect(actionAbilities(psd, own("COMPLETED"))).toEqual({ edit: false, update: true, complete: false, close: false, reopen: false, addEvidence: true });
    expect(actionAbilities(chief, own("COMPLETED"))).toMatchObject({ close: true, reopen: true, edit: false });
  });
  it("closed: only the chief officer reopens", () => {
    expect(actionAbilities(psd, own("CLOSED"))).toEqual({ edit: false, update: false, complete: false, close: false, reopen: false, addEvidence: false });
    expect(actionAbilities(chief, own("CLOSED"))).toEqual({ edit: false, update: false, complete: false, close: false, reopen: true, addEvidence: false });
  });
  it.each(ACTION_STATUSES)("nobody changes another force's actions, inspectors and admins none (%s)", (s) => {
    const nothing = { edit: false, update: false, complete: false, close: false, reopen: false, addEvidence: false };
    expect(actionAbilities(psd, other(s))).toEqual(nothing);
    expect(actionAbilities(chief, other(s))).toEqual(nothing);
    expect(actionAbilities(actor("INSPECTOR", null), own(s))).toEqual(nothing);
    expect(actionAbilities(actor("ADMIN", null), own(s))).toEqual(nothing);
    expect(actionAbilities(actor("PSD", null), { forceId: "", status: s })).toEqual(nothing);
  });
});
