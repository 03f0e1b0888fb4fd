// RAG is derived from the due date and status at the moment of asking; it is never stored.
// Dates are compared as UK calendar days: an action due today is not yet overdue.

export const ACTION_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "BLOCKED", "COMPLETED", "CLOSED"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  NOT_STARTED: "Not started",
  IN_PROGRESS: "In progress",
  BLOCKED: "Blocked",
  COMPLETED: "Completed",
  CLOSED: "Closed",
};

/** Completed (awaiting a chief officer's check) or closed: no longer outstanding. */
export const DONE_STATUSES: readonly ActionStatus[] = ["COMPLETED", "CLOSED"];
export const OPEN_STATUSES: readonly ActionStatus[] = ["NOT_STARTED", "IN_PROGRESS", "BLOCKED"];

export const RAGS = ["red", "amber", "green", "done"] as const;
export type Rag = (typeof RAGS)[number];

/** Always shown in words beside the colour. */
export const RAG_LABELS: Record<Rag, string> = {
  red: "Overdue",
  amber: "Due soon",
  green: "On track",
  done: "Done",
};

/** Days ahead within which an open action counts as due soon (amber), inclusive. */
export const DUE_SOON_DAYS = 30;

const LONDON_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" });

/** The UK calendar day of an instant, as YYYY-MM-DD. */
export function ukDay(d: Date): string {
  return LONDON_DAY.format(d);
}

/** Midnight UTC of a YYYY-MM-DD day: how due dates are stored. */
export function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

export function addDays(day: string, n: number): string {
  const d = dayStart(day);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Due dates are stored as midnight UTC of the due day, so their UTC date is the due day. */
export function dueDay(due: Date): string {
  return due.toISOString().slice(0, 10);
}

export function ragOf(a: { status: ActionStatus; dueDate: Date }, now = new Date()): Rag {
  if (DONE_STATUSES.includes(a.status)) return "done";
  const today = ukDay(now);
  const due = dueDay(a.dueDate);
  if (due < today) return "red";
  if (due <= addDays(today, DUE_SOON_DAYS)) return "amber";
  return "green";
}

/**
 * The due-date range (inclusive YYYY-MM-DD bounds) and statuses that make up each RAG, so the data
 * layer can filter by RAG in the database with the same rule as `ragOf`.
 */
export function ragRange(rag: Rag, now = new Date()): { statuses: readonly ActionStatus[]; from?: string; to?: string } {
  const today = ukDay(now);
  switch (rag) {
    case "done":
      return { statuses: DONE_STATUSES };
    case "red":
      return { statuses: OPEN_STATUSES, to: addDays(today, -1) };
    case "amber":
      return { statuses: OPEN_STATUSES, from: today, to: addDays(today, DUE_SOON_DAYS) };
    case "green":
      return { statuses: OPEN_STATUSES, from: addDays(today, DUE_SOON_DAYS + 1) };
  }
}
