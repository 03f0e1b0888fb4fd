import type { ActionStatus, Rag } from "./rag.ts";
import type { Priority } from "./filters.ts";

// Plain objects the data layer (lib/db/actions*.ts) returns for actions. Pages, exports and the
// API render these; nothing here is a database row.

export type ActionOwner =
  | { kind: "user"; userId: string; name: string }
  | { kind: "role"; role: string; label: string }
  | { kind: "none" };

export type LinkedQuestion = { code: string; sectionCode: string; prompt: string; recommendation: { id: string; title: string } | null };

/** One row of the tracker and of the CSV/XLSX exports. */
export type ActionSummary = {
  id: string;
  reference: string; // e.g. "WM-A-0007"
  forceId: string;
  forceName: string;
  assessmentId: string | null;
  title: string;
  owner: ActionOwner;
  ownerLabel: string; // the owner in words, for tables and exports
  dueDate: string; // YYYY-MM-DD
  priority: Priority;
  status: ActionStatus;
  rag: Rag; // derived at read time (lib/actions/rag.ts)
  sections: string[]; // section codes of the linked questions
  questionCodes: string[];
  version: number;
  updatedAt: string; // ISO
};

export type ActionUpdateView = { id: string; at: string; author: string | null; note: string; status: ActionStatus | null };

/** One entry of an action's history, from its audit events. */
export type ActionHistoryEntry = { at: string; actor: string; action: string; summary: string };

export type ActionEvidenceView = { id: string; kind: "FILE" | "LINK"; title: string; fileName: string | null; url: string | null; sizeBytes: number | null; marking: string; createdAt: string; addedBy: string | null };

export type ActionDetail = ActionSummary & {
  description: string;
  questions: LinkedQuestion[];
  evidenceRequired: boolean;
  completionNote: string | null;
  completedAt: string | null;
  closedAt: string | null;
  closedBy: string | null;
  createdAt: string;
  createdBy: string | null;
  updates: ActionUpdateView[];
  evidence: ActionEvidenceView[];
  history: ActionHistoryEntry[];
  /** What the asking actor may do with it now, so pages show only the buttons that will work. */
  can: { edit: boolean; update: boolean; complete: boolean; close: boolean; reopen: boolean; addEvidence: boolean };
};

export type ActionCounts = { total: number; byRag: Record<Rag, number>; byStatus: Record<ActionStatus, number> };

export type ActionListResult = {
  rows: ActionSummary[];
  total: number; // rows matching the filters, across pages
  page: number;
  perPage: number;
  pageCount: number;
  counts: ActionCounts; // of the matching rows
};

/** A gap an answer shows, offered to PSD as an action they can accept, edit or dismiss. */
export type SuggestedAction = {
  questionCode: string;
  sectionCode: string;
  title: string;
  description: string;
  priority: Priority;
  reason: string; // the answer that makes it a gap, in words
};

/** The chief officer's home (and PSD's overview) for their own force. */
export type ActionDashboard = {
  forceId: string;
  forceName: string;
  today: string; // YYYY-MM-DD the RAGs were worked out for
  /** The force's current assessment, if any, and whether it waits for the chief officer. */
  assessment: { id: string; reference: string; cycleName: string; status: string; awaitingSignOff: boolean; deadline: string } | null;
  totals: ActionCounts;
  percentComplete: number; // done / total, whole percent; 0 when there are none
  /** Outstanding (not done) actions per section, in checklist order, with each RAG. */
  bySection: { sectionCode: string; title: string; outstanding: number; red: number; amber: number; green: number }[];
  overdue: ActionSummary[]; // oldest due first, at most 10 (totals.byRag.red says how many)
  dueSoon: ActionSummary[]; // due within 30 days, soonest first, at most 10
  recentlyClosed: ActionSummary[]; // closed in the last 30 days, newest first, at most 10
  awaitingVerification: ActionSummary[]; // COMPLETED, waiting for a chief officer to close or reopen
};
