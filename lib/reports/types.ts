import type { AssessmentStatus } from "@/lib/auth/permissions.ts";
import type { LoadedChecklist } from "@/lib/checklist/index.ts";
import type { ReportHeading } from "@/lib/checklist/types.ts";
import type { Judgement } from "@/lib/review/judgements.ts";

// The force status report as data: what the HTML page, the PDF, the Word file and the JSON API
// all show. Wording is ours; every fact in it is an answer the force gave.

export type { Judgement };

/** One answer a sentence states: the question code and the value exactly as stored. */
export type StatedFact = { code: string; value: unknown };

/** A short factual sentence, with the questions and answers it states. */
export type ReportSentence = { text: string; codes: string[]; facts: StatedFact[] };

/** A free-text answer, quoted as the force wrote it. */
export type Narrative = { code: string; sectionCode: string; label: string; text: string };

export type FindingHeading = Exclude<ReportHeading, "not_reported">;

export type FindingGroup = {
  key: FindingHeading;
  /** Null for the opening findings, which sit under the report's "Findings for …" heading. */
  heading: string | null;
  sentences: ReportSentence[];
  narratives: Narrative[];
};

export type ReportPeriod = {
  start: string; // YYYY-MM-DD
  end: string;
  /** "1 September 2011 to 31 May 2012" */
  text: string;
  /** "between September 2011 and May 2012", to open a sentence once capitalised */
  between: string;
};

export type JudgementView = { value: Judgement; label: string; rag: "green" | "amber" | "red" };

export type InspectorStatement = { attribution: string; paragraphs: string[] };

export type ForceReport = {
  title: string;
  headline: string;
  force: { name: string; slug: string; region: string };
  cycle: { name: string };
  period: ReportPeriod;
  status: AssessmentStatus;
  /** Any status before ACCEPTED: the report is not final. */
  isDraft: boolean;
  judgement: JudgementView | null;
  background: string[];
  findings: FindingGroup[];
  sectionJudgements: { sectionCode: string; title: string; judgement: JudgementView }[];
  nextSteps: ReportSentence[];
  closing: string;
  statement: InspectorStatement | null;
};

export type ReportInput = {
  checklist: LoadedChecklist;
  answers: Readonly<Record<string, unknown>>;
  force: { name: string; slug: string; region: string };
  cycle: { name: string; periodStart: Date; periodEnd: Date };
  status: AssessmentStatus;
  judgement?: {
    overall: Judgement | null;
    summary: string | null;
    inspectorName: string | null;
    inspectorRegion: string | null;
    sections: Readonly<Record<string, Judgement | null>>;
  };
  /** Full names of other forces by slug (alliance partners); the checklist's labels otherwise. */
  forceNames?: Readonly<Record<string, string>>;
};

/** A report as the service hands it out: for one assessment, generated at a moment. */
export type ReportView = ForceReport & { assessmentId: string; reference: string; generatedAt: Date };
