import { describe, expect, it } from "vitest";
import { currentChecklist } from "@/lib/checklist/index.ts";
import type { QuestionDefinition } from "@/lib/checklist/types.ts";
import { POLICY_STATUSES } from "@/lib/checklist/types.ts";
import { reportSentences } from "./build.ts";
import { demoAnswers, reportFor } from "./test-support/demo-report.ts";
import type { ForceReport } from "./types.ts";

// Every value of every reported question, on top of each demo force's answers: the report states
// only shown, answered questions, states each one it should, and every sentence is well formed.

const BASES = ["staffordshire", "warwickshire", "west-mercia", "wiltshire"];
const DATE_IN_WORDS = /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/g;

function candidates(q: QuestionDefinition): unknown[] {
  switch (q.type) {
    case "yes_no":
      return ["yes", "no"];
    case "yes_no_partly":
      return ["yes", "no", "partly"];
    case "policy_status":
      return [...POLICY_STATUSES];
    case "choice": {
      const values = (q.options ?? []).map((o) => o.value);
      return q.multiple ? [...values.map((v) => [v]), values] : values;
    }
    case "whole_number": {
      const keys = (q.ofWhich ?? []).map((p) => p.key);
      const totals = [0, 1, 2, 35].map((total) => ({ total }));
      if (!keys.length) return totals;
      return [...totals, { total: 3, parts: Object.fromEntries(keys.map((k) => [k, 0])) }, ...keys.map((k) => ({ total: 3, parts: { [k]: 1 } })), { total: 1, parts: { [keys[0]!]: 1 } }];
    }
    case "date":
      return ["2013-03-01"];
    case "text":
      return ["A note from the force."];
    default:
      return [];
  }
}

/** Problems with one report, in words (collected, then asserted once: thousands of reports are checked). */
function problems(report: ForceReport, answers: Record<string, unknown>): string[] {
  const { isShown, questionByCode } = currentChecklist;
  const out: string[] = [];
  const sentences = reportSentences(report);
  for (const s of sentences) {
    const where = `"${s.text}"`;
    for (const code of s.codes) {
      if (!isShown(code, answers)) out.push(`${where} states hidden ${code}`);
      if (answers[code] === undefined) out.push(`${where} states unanswered ${code}`);
      if (questionByCode.get(code)?.reportHeading === "not_reported") out.push(`${where} states ${code}, which is not reported`);
    }
    if (JSON.stringify(s.facts.map((f) => f.code)) !== JSON.stringify(s.codes)) out.push(`${where}: facts do not match codes`);
    for (const f of s.facts) if (JSON.stringify(f.value) !== JSON.stringify(answers[f.code])) out.push(`${where}: ${f.code} is not stated as stored`);
    if (!/^[A-Z].*[a-z0-9)%]\.$/.test(s.text)) out.push(`${where} is not a sentence`);
    if (/undefined|null|NaN|\[object|\s{2}|\s[,.]/.test(s.text)) out.push(`${where} is malformed`);
    if (/\b\d\b(?!%)/.test(s.text.replace(DATE_IN_WORDS, "").replace(/£[\d,]+/g, ""))) out.push(`${where}: numbers under 10 should be words`);
  }
  const stated = new Set([...sentences.flatMap((s) => s.codes), ...report.findings.flatMap((g) => g.narratives.map((n) => n.code))]);
  for (const [code, value] of Object.entries(answers)) {
    const q = questionByCode.get(code);
    if (!q || q.reportHeading === "not_reported" || q.type === "evidence" || value === undefined || !isShown(code, answers)) continue;
    if (!stated.has(code)) out.push(`${code} = ${JSON.stringify(value)} is answered and shown but not stated`);
  }
  return out;
}

function checkReport(report: ForceReport, answers: Record<string, unknown>, label: string) {
  expect(problems(report, answers), label).toEqual([]);
}

describe("every answer to every reported question", () => {
  const questions = currentChecklist.definition.sections.flatMap((s) => s.questions).filter((q) => q.reportHeading !== "not_reported");

  it.each(BASES)("on top of %s's answers", (slug) => {
    const found: string[] = [];
    let checked = 0;
    for (const q of questions) {
      for (const value of candidates(q)) {
        const answers = { ...demoAnswers(slug), [q.code]: value };
        for (const p of problems(reportFor(slug, { answers }), answers)) found.push(`${q.code}=${JSON.stringify(value)}: ${p}`);
        checked++;
      }
    }
    expect(found).toEqual([]);
    expect(checked).toBeGreaterThan(200);
  });

  it("with every follow-up revealed", () => {
    // Parents set so that the usually hidden follow-ups (A4, C3, C4, D2, D3, E2, E3, G2, H2, H3, F4) are shown.
    const variants: Record<string, unknown>[] = [
      { A1: "no", A4: "2013-01-31" },
      { C2: "updated_not_communicated", C3: "2012-04-16", D1: "updated_not_communicated", D2: "2012-08-24", E1: "updated_communicated", E2: "2012-05-01", H1: "updated_not_communicated", H2: "2012-06-01" },
      { C1: "none", C2: "not_started", C4: "2013-06-01", D1: "not_started", D3: "2013-07-01", E1: "not_started", E3: "2013-02-01", G1: "not_started", G2: "2013-04-01", H1: "under_review", H3: "2013-05-01" },
      { F1: "partly", F2: "yes", F3: "yes", F4: "2013-04-01" },
      { K1: "yes", K2: ["procurement"], K3: { total: 85 } },
    ];
    for (const slug of BASES) {
      for (const v of variants) {
        const answers = { ...demoAnswers(slug), ...v };
        const report = reportFor(slug, { answers });
        checkReport(report, answers, `${slug} ${JSON.stringify(v)}`);
      }
    }
  });
});
