import { canonicalJson, sha256Hex } from "@/lib/checklist/hash.ts";

// The immutable record of what a force submitted (or what the inspectorate accepted).
// Stored as canonical JSON so the SHA-256 can be recomputed from the stored bytes alone.

export type SnapshotInput = {
  kind: "SUBMISSION" | "ACCEPTANCE";
  assessment: { id: string; reference: string; status: string };
  force: { slug: string; name: string };
  cycle: { slug: string; name: string; periodStart: string; periodEnd: string };
  checklist: { number: number; contentHash: string };
  answers: Record<string, unknown>;
  declaration?: { name: string; role: string; date: string } | null;
  judgement?: { judgement: string; summary: string; inspectorName: string; inspectorRegion: string } | null;
  takenAt: string;
};

export function buildSnapshot(input: SnapshotInput): { content: string; sha256: string } {
  const content = canonicalJson(input);
  return { content, sha256: sha256Hex(content) };
}

export function verifySnapshot(content: string, sha256: string): boolean {
  return sha256Hex(content) === sha256;
}
