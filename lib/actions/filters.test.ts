import { describe, expect, it } from "vitest";
import { actionFiltersQuery, parseActionFilters } from "./filters.ts";

describe("tracker filters in the URL", () => {
  it("reads repeated and comma-separated values and drops unknown ones", () => {
    const f = parseActionFilters(new URLSearchParams("status=IN_PROGRESS&status=BLOCKED,NOPE&rag=red&section=E&section=e1&priority=HIGH"));
    expect(f.status).toEqual(["IN_PROGRESS", "BLOCKED"]);
    expect(f.rag).toEqual(["red"]);
    expect(f.section).toEqual(["E"]);
    expect(f.priority).toEqual(["HIGH"]);
  });
  it("falls back to defaults for malformed values instead of failing", () => {
    const f = parseActionFilters({ sort: "drop table", page: "-3", perPage: "7", overdue: "maybe", force: "<script>" });
    expect(f).toMatchObject({ sort: "due", page: 1, perPage: 25, overdue: false, force: undefined });
  });
  it("round-trips through the query string, leaving defaults out", () => {
    const f = parseActionFilters(new URLSearchParams("status=CLOSED&q=%20registers%20&overdue=1&sort=-priority&page=3&perPage=50&owner=role:CHIEF_OFFICER"));
    expect(f.q).toBe("registers");
    const q = actionFiltersQuery(f);
    expect(parseActionFilters(new URLSearchParams(q.slice(1)))).toEqual(f);
    expect(actionFiltersQuery(parseActionFilters({}))).toBe("");
  });
});
