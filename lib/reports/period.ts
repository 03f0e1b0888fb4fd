import type { ReportPeriod } from "./types.ts";

// Dates in report sentences. Stored dates are calendar days, so they are read in UTC and never
// shift by a time zone.

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

type Day = { y: number; m: number; d: number };

function parseDay(iso: string): Day {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Not a calendar date: ${iso}`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "24 August 2012" */
export function dayText(iso: string): string {
  const { y, m, d } = parseDay(iso);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

function monthText({ y, m }: Day): string {
  return `${MONTHS[m - 1]} ${y}`;
}

function lastDayOfMonth({ y, m }: Day): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * The cycle's reporting period. Whole calendar months read as the reports write them
 * ("between September 2011 and May 2012"); any other period gives exact days.
 */
export function describePeriod(periodStart: Date, periodEnd: Date): ReportPeriod {
  const start = isoDay(periodStart);
  const end = isoDay(periodEnd);
  const s = parseDay(start);
  const e = parseDay(end);
  const wholeMonths = s.d === 1 && e.d === lastDayOfMonth(e);
  let between: string;
  if (wholeMonths && s.y === e.y && s.m === e.m) between = `in ${monthText(s)}`;
  else if (wholeMonths) between = `between ${monthText(s)} and ${monthText(e)}`;
  else if (start === end) between = `on ${dayText(start)}`;
  else between = `between ${dayText(start)} and ${dayText(end)}`;
  return { start, end, text: `${dayText(start)} to ${dayText(end)}`, between };
}
