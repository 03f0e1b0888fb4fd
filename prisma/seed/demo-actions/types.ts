import type { Priority } from "../../../lib/actions/filters";
import type { OwnerRole } from "../../../lib/actions/owners";
import type { ActionStatus } from "../../../lib/actions/rag";

// A demo force's action plan, written relative to the day the seed runs so that the mix of
// overdue, due soon, on track and done stays true whenever the demo is started. Days are offsets
// from today (negative: in the past).

export type DemoUpdate = { day: number; by: "psd" | "chief"; note: string; status?: ActionStatus };

export type DemoAction = {
  title: string;
  description: string;
  codes: string[];
  /** The force's demo PSD lead or chief officer, or a named role. */
  owner: "psd" | "chief" | OwnerRole;
  priority: Priority;
  created: number;
  due: number;
  evidenceRequired?: boolean;
  updates?: DemoUpdate[];
  evidence?: { day: number; title: string; url: string }[];
  completed?: { day: number; note: string };
  closed?: { day: number; note?: string };
};
