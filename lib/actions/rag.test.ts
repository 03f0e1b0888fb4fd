import { describe, expect, it } from "vitest";
import { addDays, dayStart, ragOf, ragRange, type ActionStatus } from "./rag.ts";

// 24 November 2026, 10:00 in London (GMT).
const NOW = new Date("2026-11-24T10:00:00Z");
const due = (day: string, status: ActionStatus = "IN_PROGRESS") => ({ status, dueDate: dayStart(day) });

describe("ragOf", () => {
  it("due yesterday is overdue (red)", () => expect(ragOf(due("2026-11-23"), NOW)).toBe("red"));
  it("due today is due soon (amber), not overdue", () => expect(ragOf(due("2026-11-24"), NOW)).toBe("amber"));
  it("due in 30 days is due soon (amber)", () => expect(ragOf(due(addDays("2026-11-24", 30)), NOW)).toBe("amber"));
  it("due in 31 days is on track (green)", () => expect(ragOf(due(addDays("2026-11-24", 31)), NOW)).toBe("green"));
  it("completed or closed is done whatever the date", () => {
    expect(ragOf(due("2020-01-01", "COMPLETED"), NOW)).toBe("done");
    expect(ragOf(due("2020-01-01", "CLOSED"), NOW)).toBe("done");
  });
  it("blocked and not started follow the dates", () => {
    expect(ragOf(due("2026-11-01", "BLOCKED"), NOW)).toBe("red");
    expect(ragOf(due("2027-06-01", "NOT_STARTED"), NOW)).toBe("green");
  });
  it("uses the UK day: 00:30 BST on 1 July is already 1 July", () => {
    const justAfterMidnight = new Date("2026-06-30T23:30:00Z");
    expect(ragOf(due("2026-06-30"), justAfterMidnight)).toBe("red");
    expect(ragOf(due("2026-07-01"), justAfterMidnight)).toBe("amber");
  });
});

describe("ragRange agrees with ragOf", () => {
  it("at every day from 5 days back to 40 ahead", () => {
    for (let n = -5; n <= 40; n++) {
      const day = addDays("2026-11-24", n);
      const rag = ragOf(due(day), NOW);
      const r = ragRange(rag, NOW);
      expect(r.statuses).toContain("IN_PROGRESS");
      if (r.from) expect(day >= r.from).toBe(true);
      if (r.to) expect(day <= r.to).toBe(true);
    }
  });
});
