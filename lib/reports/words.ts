// Numbers and lists as the published reports write them: words up to nine, figures from 10
// ("two instances", "84 applications"), and lists joined with "and".

const SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

export function numberInWords(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < SMALL.length ? SMALL[n]! : n.toLocaleString("en-GB");
}

/** "one instance", "two instances", "84 instances" (never "zero": callers say "no" or "any"). */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${numberInWords(n)} ${n === 1 ? one : many}`;
}

/** "was" or "were", "is" or "are", and the like, for a count. */
export function agree(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/** The number words this module writes, read back (for tests and fixtures). */
export function parseCount(word: string): number | null {
  const w = word.toLowerCase();
  if (w === "no" || w === "any" || w === "none") return 0;
  const i = SMALL.indexOf(w);
  if (i >= 0) return i;
  return /^\d{1,3}(,\d{3})*$/.test(w) ? Number(w.replace(/,/g, "")) : null;
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "a", "a and b", "a, b and c" */
export function listAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Lower-cases an option label for use mid-sentence, keeping acronyms ("ACPO") as they are. */
export function midSentence(label: string): string {
  return label.replace(/^[A-Z](?![A-Z])/, (a) => a.toLowerCase());
}

/** "79 of which were approved", "none of which were approved", "which was approved". */
export function ofWhich(part: number, total: number, was: string, wasNotForOne = `not ${was}`): string {
  if (total === 1) return part === 1 ? `which was ${was}` : `which was ${wasNotForOne}`;
  if (part === 0) return `none of which were ${was}`;
  if (part === total) return `${total === 2 ? "both" : "all"} of which were ${was}`;
  return `${numberInWords(part)} of which ${agree(part, "was", "were")} ${was}`;
}
