import { createHash } from "node:crypto";
import type { ChecklistDefinition } from "./types";

// Kept apart from index.ts so client bundles that import the checklist never pull node:crypto.

function normalise(value: unknown): unknown {
  if (value !== null && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON === "function") {
    return normalise((value as { toJSON: () => unknown }).toJSON());
  }
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : normalise(v)));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined && typeof v !== "function") out[key] = normalise(v);
    }
    return out;
  }
  return value;
}

/** JSON with object keys sorted at every level and no whitespace, so equal data gives equal text. */
export function canonicalJson(value: unknown): string {
  const text = JSON.stringify(normalise(value));
  if (text === undefined) throw new Error("canonicalJson: value cannot be represented as JSON");
  return text;
}

/** SHA-256 of UTF-8 text, as lowercase hex. */
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** SHA-256 (hex) of the canonical JSON: identifies a published checklist version's exact content. */
export function contentHash(def: ChecklistDefinition): string {
  return sha256Hex(canonicalJson(def));
}
