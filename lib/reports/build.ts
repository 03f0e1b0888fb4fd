import { background, inspectorStatement } from "./background.ts";
import { sentenceContext, type SentenceContext } from "./context.ts";
import { headline, judgementView } from "./judgement.ts";
import { closingNote, nextSteps } from "./next-steps.ts";
import { describePeriod } from "./period.ts";
import { giftsProcurementSentences } from "./sentences/gifts-procurement.ts";
import { identifyMonitorManageSentences } from "./sentences/identify-monitor-manage.ts";
import { mediaSentences } from "./sentences/media.ts";
import { overviewRules } from "./sentences/overview.ts";
import { runRules, type SentenceRule } from "./sentences/rule.ts";
import { secondJobsSentences } from "./sentences/second-jobs.ts";
import { socialMediaSentences } from "./sentences/social-media.ts";
import type { FindingGroup, FindingHeading, ForceReport, Narrative, ReportInput } from "./types.ts";

// Answers + checklist + force + cycle + judgement → the force status report. Pure: the same
// input always gives the same report.

const GROUPS: { key: FindingHeading; heading: string | null; rules: SentenceRule[] }[] = [
  { key: "overview", heading: null, rules: overviewRules },
  {
    key: "press_and_leaks",
    heading: "How are press relations handled, and information leaks investigated?",
    rules: [...mediaSentences, ...socialMediaSentences],
  },
  {
    key: "gifts_procurement_second_jobs",
    heading: "Is there more clarity around acceptance of gifts and hospitality, procurement, and second jobs?",
    rules: [...giftsProcurementSentences, ...secondJobsSentences],
  },
  {
    key: "identify_monitor_manage",
    heading: "How does the force identify, monitor and manage potential integrity issues?",
    rules: identifyMonitorManageSentences,
  },
];

/** Free-text answers under a heading, in checklist order, quoted as written. */
function narratives(input: ReportInput, c: SentenceContext, key: FindingHeading): Narrative[] {
  return input.checklist.definition.sections.flatMap((section) =>
    section.questions
      .filter((q) => q.type === "text" && q.reportHeading === key)
      .flatMap((q) => {
        const text = c.get(q.code);
        if (typeof text !== "string" || !text.trim()) return [];
        const label = /^Is there anything else/i.test(q.prompt) ? section.title : q.prompt;
        return [{ code: q.code, sectionCode: section.code, label, text: text.trim() }];
      }),
  );
}

export function buildForceReport(input: ReportInput): ForceReport {
  const period = describePeriod(input.cycle.periodStart, input.cycle.periodEnd);
  const c = sentenceContext(input.checklist, input.answers, input.force.name, period, input.forceNames);
  const j = input.judgement;
  const judgement = j?.overall ? judgementView(j.overall) : null;
  const findings: FindingGroup[] = GROUPS.map((g) => ({
    key: g.key,
    heading: g.heading,
    sentences: runRules(g.rules, c),
    narratives: narratives(input, c, g.key),
  }));
  const sectionJudgements = input.checklist.definition.sections.flatMap((s) => {
    const value = j?.sections[s.code];
    return value ? [{ sectionCode: s.code, title: s.title, judgement: judgementView(value) }] : [];
  });
  return {
    title: `${input.force.name}: integrity health check report, ${input.cycle.name}`,
    headline: headline(input.force.name, input.cycle.name, judgement?.value ?? null),
    force: input.force,
    cycle: { name: input.cycle.name },
    period,
    status: input.status,
    isDraft: input.status !== "ACCEPTED",
    judgement,
    background: background(input.force.name, input.cycle.name, period.text, judgement),
    findings,
    sectionJudgements,
    nextSteps: nextSteps(c),
    closing: closingNote(input.force.name),
    statement: j ? inspectorStatement(j.summary, j.inspectorName, j.inspectorRegion) : null,
  };
}

/** Every sentence of the report with the facts it states, in reading order. */
export function reportSentences(report: ForceReport) {
  return [...report.findings.flatMap((g) => g.sentences), ...report.nextSteps];
}
