// Dates as GOV.UK style prefers them: "24 August 2012", times as "14:32", in UK time.

const dateFmt = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" });
const timeFmt = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hour12: false, timeZone: "Europe/London" });

export function formatDate(d: Date | string): string {
  return dateFmt.format(typeof d === "string" ? new Date(d) : d);
}

export function formatDateTime(d: Date | string): string {
  const date = typeof d === "string" ? new Date(d) : d;
  return `${dateFmt.format(date)} at ${timeFmt.format(date)}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Whole days from today (UK) to a date: negative once it has passed. */
export function daysUntil(d: Date, now = new Date()): number {
  const day = (x: Date) => Date.UTC(x.getUTCFullYear(), x.getUTCMonth(), x.getUTCDate());
  return Math.round((day(d) - day(now)) / 86_400_000);
}

export function deadlineText(deadline: Date, now = new Date()): string {
  const days = daysUntil(deadline, now);
  if (days > 0) return `${plural(days, "day")} to the deadline (${formatDate(deadline)})`;
  if (days === 0) return `The deadline is today (${formatDate(deadline)})`;
  return `The deadline was ${formatDate(deadline)}`;
}
