import { describe, expect, it } from "vitest";
import { currentChecklist } from "@/lib/checklist/index.ts";
import { ASSESSMENT_STATUSES } from "@/lib/auth/permissions.ts";
import { reportSentences } from "./build.ts";
import { headline } from "./judgement.ts";
import { inspectorStatement } from "./background.ts";
import { demoAnswers, nextStepsFor, reportFor, sentenceFor, sentencesFor } from "./test-support/demo-report.ts";

// Wording for zero, one and many; the cycle's own period; nothing for unanswered or hidden
// questions; headline, draft state, judgements and the inspector's statement.

const with_ = (slug: string, changes: Record<string, unknown>) => reportFor(slug, { answers: { ...demoAnswers(slug), ...changes } });

describe("counts read naturally for zero, one and many", () => {
  it("media disclosure investigations (C9), with those still ongoing", () => {
    const say = (v: unknown) => sentenceFor(with_("wiltshire", { C9: v }), "C9");
    const start = "Between September 2011 and May 2012 the force";
    expect(say({ total: 0 })).toBe(`${start} did not investigate any instances of inappropriate disclosure to the media.`);
    expect(say({ total: 1 })).toBe(`${start} investigated one instance of inappropriate disclosure to the media.`);
    expect(say({ total: 2 })).toBe(`${start} investigated two instances of inappropriate disclosure to the media.`);
    expect(say({ total: 12 })).toBe(`${start} investigated 12 instances of inappropriate disclosure to the media.`);
    expect(say({ total: 3, parts: { ongoing: 2 } })).toMatch(/three instances .*, two of which were still ongoing at the time of the health check\.$/);
    expect(say({ total: 3, parts: { ongoing: 1 } })).toMatch(/, one of which was still ongoing/);
    expect(say({ total: 3, parts: { ongoing: 0 } })).toMatch(/, none of which were still ongoing/);
    expect(say({ total: 3, parts: { ongoing: 3 } })).toMatch(/, all of which were still ongoing/);
    expect(say({ total: 1, parts: { ongoing: 1 } })).toMatch(/one instance .*, which was still ongoing/);
    expect(say({ total: 1, parts: { ongoing: 0 } })).toMatch(/one instance .*, which was no longer ongoing/);
  });

  it("cases referred by the social media research (D12)", () => {
    const say = (total: number) => sentenceFor(with_("west-mercia", { D12: { total } }), "D12");
    expect(say(0)).toMatch(/did not refer back to the force any cases of potentially inappropriate behaviour/);
    expect(say(1)).toMatch(/found one case of .* by one of the force's officers or staff, and referred it back to the force\.$/);
    expect(say(4)).toMatch(/found four cases of .* by the force's officers or staff, and referred them back to the force\.$/);
  });

  it("second-job applications (H7), with approvals and refusals", () => {
    const say = (v: unknown) => sentenceFor(with_("staffordshire", { H7: v }), "H7");
    const start = "Between September 2011 and May 2012 the force";
    expect(say({ total: 0 })).toBe(`${start} did not receive any applications for second jobs.`);
    expect(say({ total: 1 })).toBe(`${start} received one application for a second job.`);
    expect(say({ total: 1, parts: { approved: 1 } })).toBe(`${start} received one application for a second job, which was approved.`);
    expect(say({ total: 84, parts: { approved: 79 } })).toBe(`${start} received 84 applications for second jobs, 79 of which were approved.`);
    expect(say({ total: 2, parts: { approved: 2 } })).toMatch(/two applications for second jobs, both of which were approved\.$/);
    expect(say({ total: 5, parts: { approved: 0 } })).toMatch(/five applications for second jobs, none of which were approved\.$/);
    expect(say({ total: 5, parts: { refused: 1 } })).toMatch(/five applications for second jobs, one of which was refused\.$/);
    expect(say({ total: 84, parts: { approved: 79, refused: 1 } })).toMatch(/84 applications for second jobs: 79 were approved and one was refused\.$/);
  });

  it("conduct investigations (I4), with a breakdown by area", () => {
    const say = (v: unknown) => sentencesFor(with_("warwickshire", { I4: v }), "I4").map((s) => s.text);
    expect(say({ total: 0 })).toEqual(["Between September 2011 and May 2012 the force did not start any investigations into the conduct of its officers and staff in the areas covered by this report."]);
    expect(say({ total: 1 })[0]).toMatch(/started one investigation into the conduct/);
    expect(say({ total: 42, parts: { media: 3, second_jobs: 1, gifts: 0 } })).toEqual([
      "Between September 2011 and May 2012 the force started 42 investigations into the conduct of its officers and staff in the areas covered by this report.",
      "Of these, three were about the media or disclosure of information and one was about second jobs; none were about gifts and hospitality.",
    ]);
  });

  it("credit card cases (G4)", () => {
    expect(sentenceFor(with_("wiltshire", { G4: { total: 0 } }), "G4")).toMatch(/did not investigate any cases of suspected misuse/);
    expect(sentenceFor(with_("wiltshire", { G4: { total: 1 } }), "G4")).toMatch(/investigated one case of suspected misuse/);
    expect(sentenceFor(with_("wiltshire", { G4: { total: 3 } }), "G4")).toMatch(/investigated three cases of suspected misuse/);
  });

  it("anti-corruption staffing then and now (I1, I2)", () => {
    const say = (then: number, now: number) => sentenceFor(with_("wiltshire", { I1: { total: then }, I2: { total: now } }), "I1");
    expect(say(2, 2)).toBe("The number of staff working in the anti-corruption unit has not changed since the 2011 inspection (two staff).");
    expect(say(1, 1)).toMatch(/has not changed since the 2011 inspection \(one member of staff\)\.$/);
    expect(say(2, 5)).toBe("The number of staff working in the anti-corruption unit has risen from two staff at the time of the 2011 inspection to five staff now.");
    expect(say(12, 1)).toMatch(/has fallen from 12 staff at the time of the 2011 inspection to one member of staff now\.$/);
    expect(say(0, 3)).toMatch(/has risen from none at the time/);
    expect(say(0, 0)).toMatch(/had no staff working in an anti-corruption unit .* and has none now\.$/);
    const onlyNow = reportFor("wiltshire", { answers: { ...demoAnswers("wiltshire"), I1: undefined, I2: { total: 1 } } });
    expect(sentenceFor(onlyNow, "I2")).toBe("One member of staff works in the anti-corruption unit now.");
  });
});

describe("the cycle's own reporting period", () => {
  it("opens counted sentences with the period of the assessment's cycle", () => {
    const cycle = { name: "2014 revisit", periodStart: new Date("2013-04-01T00:00:00Z"), periodEnd: new Date("2014-03-31T00:00:00Z") };
    const report = reportFor("warwickshire", { cycle });
    for (const code of ["C9", "H7", "G4", "I4"]) expect(sentencesFor(report, code)[0]?.text).toMatch(/^Between April 2013 and March 2014 the force /);
    expect(report.period.text).toBe("1 April 2013 to 31 March 2014");
    expect(report.background.join(" ")).toContain("cover 1 April 2013 to 31 March 2014");
    expect(reportSentences(report).some((s) => s.text.includes("September 2011 and May 2012"))).toBe(false);
  });
  it("gives exact days for a period that is not whole months", () => {
    const cycle = { name: "Spot check", periodStart: new Date("2012-06-15T00:00:00Z"), periodEnd: new Date("2012-09-14T00:00:00Z") };
    expect(sentenceFor(reportFor("wiltshire", { cycle }), "G4")).toMatch(/^Between 15 June 2012 and 14 September 2012 the force /);
  });
});

describe("only what was answered and shown", () => {
  it("writes nothing for an unanswered question", () => {
    const answers = demoAnswers("staffordshire");
    delete answers.H7;
    delete answers.C9;
    const report = reportFor("staffordshire", { answers });
    expect(sentencesFor(report, "H7")).toEqual([]);
    expect(sentencesFor(report, "C9")).toEqual([]);
  });
  it("writes nothing for a stored answer whose question is hidden by its parent's answer", () => {
    // Staffordshire's social media policy is published, so "when do you expect to publish it" is hidden.
    const report = with_("staffordshire", { D3: "2013-03-01", A4: "2013-01-31", F4: undefined, J8: "2013-03-01" });
    for (const code of ["D3", "A4", "J8"]) {
      expect(reportSentences(report).filter((s) => s.codes.includes(code))).toEqual([]);
    }
    expect(JSON.stringify(report)).not.toContain("1 March 2013");
  });
  it("an empty health check has findings headings but no sentences, and no next steps", () => {
    const report = reportFor("north-wales", { answers: {}, status: "DRAFT" });
    expect(reportSentences(report)).toEqual([]);
    expect(report.nextSteps).toEqual([]);
    expect(report.findings.map((g) => g.narratives.length)).toEqual([0, 0, 0, 0]);
    expect(report.findings.map((g) => g.heading)).toEqual([
      null,
      "How are press relations handled, and information leaks investigated?",
      "Is there more clarity around acceptance of gifts and hospitality, procurement, and second jobs?",
      "How does the force identify, monitor and manage potential integrity issues?",
    ]);
  });
  it("quotes free-text answers under their heading, as written", () => {
    const report = with_("wiltshire", { C12: "  We brief every new press officer.  ", K4: "Refresher sessions run each spring." });
    const press = report.findings.find((g) => g.key === "press_and_leaks")!;
    expect(press.narratives.map((n) => [n.code, n.label, n.text])).toEqual([
      ["C12", "Media relationships and information disclosure", "We brief every new press officer."],
      ["D13", "What has the force done about the referred cases?", currentAnswer("wiltshire", "D13")],
    ]);
    expect(report.findings.find((g) => g.key === "identify_monitor_manage")!.narratives.map((n) => n.code)).toEqual(["K4"]);
  });
});

function currentAnswer(slug: string, code: string) {
  return demoAnswers(slug)[code];
}

describe("next steps", () => {
  it("lists the dates the force gave, in date order, with the questions they come from", () => {
    const report = with_("west-mercia", { G2: "2012-12-01" });
    expect(report.nextSteps.map((s) => s.text)).toEqual([
      "The force expects to publish its updated policy on corporate credit cards and expenses by 1 December 2012.",
      "The force expects to publish its updated media guidance by 1 March 2013.",
      "The force expects to publish its social media policy by 1 March 2013.",
      "The alliance's single professional standards department is due to start on 1 March 2013.",
    ]);
    expect(nextStepsFor(report, "C4")).toHaveLength(1);
    expect(report.nextSteps[1]?.codes).toEqual(["C1", "C2", "C4"]);
  });
});

describe("headline, draft state and judgements", () => {
  it("words the headline by judgement, and neutrally before one is made", () => {
    expect(headline("Kent Police", "2012 revisit", "SOME_PROGRESS")).toBe("Kent Police has made some improvements to how it identifies, monitors and manages integrity issues");
    expect(headline("Kent Police", "2012 revisit", "GOOD_PROGRESS")).toBe("Kent Police has made good progress in how it identifies, monitors and manages integrity issues");
    expect(headline("Kent Police", "2012 revisit", "LIMITED_PROGRESS")).toBe("Kent Police has made limited progress in how it identifies, monitors and manages integrity issues");
    expect(headline("Kent Police", "2012 revisit", null)).toBe("How Kent Police identifies, monitors and manages integrity issues: 2012 revisit health check");
  });
  it("is a draft in every status before ACCEPTED", () => {
    for (const status of ASSESSMENT_STATUSES) expect(reportFor("wiltshire", { status }).isDraft).toBe(status !== "ACCEPTED");
  });
  it("carries the overall and section judgements with words and a colour", () => {
    const report = reportFor("wiltshire", {
      status: "ACCEPTED",
      judgement: { overall: "LIMITED_PROGRESS", summary: null, inspectorName: null, inspectorRegion: null, sections: { C: "GOOD_PROGRESS", H: "SOME_PROGRESS", Z: "GOOD_PROGRESS" } },
    });
    expect(report.judgement).toEqual({ value: "LIMITED_PROGRESS", label: "Limited progress", rag: "red" });
    expect(report.sectionJudgements.map((s) => [s.sectionCode, s.title, s.judgement.label, s.judgement.rag])).toEqual([
      ["C", "Media relationships and information disclosure", "Good progress", "green"],
      ["H", "Second jobs and business interests", "Some progress", "amber"],
    ]);
    expect(report.background.at(-1)).toBe("The inspectorate has reviewed the force's answers and judged that it has made limited progress.");
    expect(report.statement).toBeNull();
  });
  it("attributes the HM Inspector's statement, split into paragraphs", () => {
    expect(inspectorStatement("First.\n\nSecond.", "Jane Doe", "Northern")).toEqual({
      attribution: "Jane Doe, HM Inspector of Constabulary for the Northern region, said:",
      paragraphs: ["First.", "Second."],
    });
    expect(inspectorStatement("Text", "Jane Doe", "the Wales and Western Region")?.attribution).toBe("Jane Doe, HM Inspector of Constabulary for the Wales and Western Region, said:");
    expect(inspectorStatement("Text", null, null)?.attribution).toBe("HM Inspector of Constabulary said:");
    expect(inspectorStatement("  ", "Jane Doe", "Northern")).toBeNull();
  });
});

describe("the report model", () => {
  it("uses the force's and the cycle's names", () => {
    const report = reportFor("staffordshire");
    expect(report.title).toBe("Staffordshire Police: integrity health check report, 2012 revisit");
    expect(sentenceFor(report, "A1")).toMatch(/^Since 2011 Staffordshire Police has carried out/);
  });
  it("names alliance partners by their full names", () => {
    expect(sentenceFor(reportFor("warwickshire"), "J3")).toBe("The force's strategic alliance with West Mercia Police has been formally agreed and is being put in place.");
    const noNames = reportFor("warwickshire", { forceNames: {} });
    expect(sentenceFor(noNames, "J3")).toContain("strategic alliance with West Mercia has been");
  });
  it("uses only the checklist's questions", () => {
    const codes = new Set(currentChecklist.questionByCode.keys());
    for (const s of reportSentences(reportFor("warwickshire"))) for (const c of s.codes) expect(codes.has(c), c).toBe(true);
  });
});
