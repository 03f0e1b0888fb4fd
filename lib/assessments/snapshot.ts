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
  /** Acceptance only: the inspector's optional judgement per section, keyed by section code. */
  sectionJudgements?: Record<string, string>;
  takenAt: string;
};

export function buildSnapshot(input: SnapshotInput): { content: string; sha256: string } {
  const content = canonicalJson(input);
  return { content, sha256: sha256Hex(content) };
}

export function verifySnapshot(content: string, sha256: string): boolean {
  return sha256Hex(content) === sha256;
}

export type SubmissionSource = {
  assessment: { id: string; reference: string };
  force: { slug: string; name: string };
  cycle: { slug: string; name: string; periodStart: Date; periodEnd: Date };
  checklist: { number: number; contentHash: string };
  /** Every stored answer, keyed by question code, as parsed from its stored JSON. */
  answers: Record<string, unknown>;
  declaration: { name: string; role: string; date: string };
  takenAt: Date;
};

/**
 * What every kind of snapshot records about the assessment, in named fields only, so a caller's
 * wider row never leaks into the record.
 */
export function snapshotHeader(s: Pick<SubmissionSource, "assessment" | "force" | "cycle" | "checklist" | "answers" | "takenAt">, status: string) {
  return {
    assessment: { id: s.assessment.id, reference: s.assessment.reference, status },
    force: { slug: s.force.slug, name: s.force.name },
    cycle: { slug: s.cycle.slug, name: s.cycle.name, periodStart: s.cycle.periodStart.toISOString(), periodEnd: s.cycle.periodEnd.toISOString() },
    checklist: { number: s.checklist.number, contentHash: s.checklist.contentHash },
    answers: s.answers,
    takenAt: s.takenAt.toISOString(),
  };
}

/** The one way a submission snapshot is built: by the chief officer's submit and by the demo seed. */
export function buildSubmissionSnapshot(s: SubmissionSource): { content: string; sha256: string } {
  return buildSnapshot({ kind: "SUBMISSION", ...snapshotHeader(s, "SUBMITTED"), declaration: s.declaration });
}
