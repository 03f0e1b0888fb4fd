// The shape of a checklist definition. The definition is plain data, validated by
// `definition-schema.ts` when loaded and published to the database as an immutable version.

export const ANSWER_TYPES = [
  "yes_no",
  "yes_no_partly",
  "policy_status",
  "whole_number",
  "date",
  "choice",
  "text",
  "evidence",
] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

export const POLICY_STATUSES = [
  "updated_communicated",
  "updated_not_communicated",
  "under_review",
  "not_started",
] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

// Where a question's answer appears in the HMIC-style status report.
export const REPORT_HEADINGS = [
  "overview",
  "press_and_leaks",
  "gifts_procurement_second_jobs",
  "identify_monitor_manage",
  "not_reported",
] as const;
export type ReportHeading = (typeof REPORT_HEADINGS)[number];

export type Option = { value: string; label: string; hint?: string };

/** A whole-number answer may break its total down ("of which approved", "of which still open"). */
export type OfWhichPart = { key: string; label: string };

/** Shows follow-up questions when the parent's answer matches. */
export type FollowUpCondition =
  | { equals: string[] } // choice-like answers: yes_no, yes_no_partly, policy_status, choice
  | { greaterThan: number }; // whole_number answers

export type FollowUp = { when: FollowUpCondition; show: string[] };

/** A recommendation or theme of *Without Fear or Favour* (2011): the "why we ask". */
export type Recommendation = {
  id: string;
  title: string;
  summary: string; // our own words
};

export type QuestionDefinition = {
  code: string; // stable, e.g. "C6"
  prompt: string;
  hint?: string;
  type: AnswerType;
  required: boolean;
  cites: string; // Recommendation id
  reportHeading: ReportHeading;
  options?: Option[]; // choice only
  multiple?: boolean; // choice only: several options may be chosen
  ofWhich?: OfWhichPart[]; // whole_number only
  unit?: string; // whole_number only, e.g. "applications", "staff", "%"
  max?: number; // whole_number only
  followUps?: FollowUp[];
  guidance?: string; // longer help shown in a details element
};

export type SectionDefinition = {
  code: string; // "A".."K"
  title: string;
  summary: string;
  questions: QuestionDefinition[];
};

export type ChecklistDefinition = {
  version: number;
  label: string;
  recommendations: Recommendation[];
  sections: SectionDefinition[];
};
