import crypto from "node:crypto";

// Human-friendly assessment references, e.g. "IHC-2012-7KQ4XM": no 0/O or 1/I to misread.
const ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

export function newAssessmentReference(cycleYear: number | string): string {
  const bytes = crypto.randomBytes(6);
  let code = "";
  for (const b of bytes) code += ALPHABET[b % ALPHABET.length];
  return `IHC-${cycleYear}-${code}`;
}
