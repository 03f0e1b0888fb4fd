import { describe, expect, it } from "vitest";
import { FORCES } from "@/prisma/seed/forces.ts";
import { actionReference, forceInitials, parseOwner, parseOwnerFilter } from "./owners.ts";

describe("owners", () => {
  it("reads the form's owner values and refuses anything else", () => {
    expect(parseOwner("")).toEqual({ userId: null, role: null });
    expect(parseOwner("user:abc_123")).toEqual({ userId: "abc_123", role: null });
    expect(parseOwner("role:HEAD_OF_PSD")).toEqual({ userId: null, role: "HEAD_OF_PSD" });
    for (const bad of ["role:BOSS", "user:", "user:a b", "abc", "role:"]) expect(parseOwner(bad), bad).toBeNull();
  });
  it("the tracker's owner filter also takes a bare user id and none", () => {
    expect(parseOwnerFilter("none")).toEqual({ userId: null, role: null });
    expect(parseOwnerFilter("abc123")).toEqual({ userId: "abc123", role: null });
    expect(parseOwnerFilter("role:BOSS")).toBeNull();
  });
});

describe("references", () => {
  it("initials of several words, or the first three letters of one", () => {
    expect(forceInitials("West Mercia Police")).toBe("WM");
    expect(forceInitials("Avon and Somerset Constabulary")).toBe("AS");
    expect(forceInitials("Dyfed-Powys Police")).toBe("DP");
    expect(forceInitials("Wiltshire Police")).toBe("WIL");
    expect(forceInitials("City of London Police")).toBe("CL");
    expect(actionReference("WM", 7)).toBe("WM-A-0007");
    expect(actionReference("WM", 12345)).toBe("WM-A-12345");
  });
  it("gives every force a prefix of letters", () => {
    for (const f of FORCES) expect(forceInitials(f.name), f.name).toMatch(/^[A-Z]{2,4}$/);
  });
});
