import type { AnswerValue } from "../../lib/checklist/answer-values";
import type { Judgement } from "../../lib/review/judgements";

// DEMO DATA: an earlier, closed cycle so the national view's cycle filter and year on year have
// something to show. The 2011 baseline is the position each force recorded when it first checked
// itself against the December 2011 recommendations, counting the same months a year earlier.
//
// Facts about 2011 come from the forces' December 2012 reports (../../../shared/seeds): what was
// "reviewed and updated since 2011" was not yet updated; a policy "published on 24 August 2012" or
// "recently developed" had not been started; anti-corruption staffing "has not changed since 2011";
// Warwickshire "already" kept one central electronic register overseen by the head of PSD in 2011,
// and had no cross-checking of procurement registers. Every other value (counts in the baseline
// period, dates, judgements) is invented, plausible demo data. West Mercia has no baseline, so
// some forces show year on year and some do not.

export const CYCLE_2011 = {
  slug: "2011-baseline",
  name: "2011 baseline",
  periodStart: "2010-09-01",
  periodEnd: "2011-05-31",
  deadline: "2012-02-29",
};

export type BaselineAssessment = {
  submittedAt: string;
  acceptedAt: string;
  judgement: Judgement;
  judgementSummary: string;
  sectionJudgements: Record<string, Judgement>;
  answers: Record<string, AnswerValue>;
};

export const BASELINE_INSPECTOR = { name: "Demo HM Inspector", region: "Wales and Western" };

export const baseline2011BySlug: Record<string, BaselineAssessment> = {
  staffordshire: {
    submittedAt: "2012-02-17T11:00:00Z",
    acceptedAt: "2012-03-09T15:20:00Z",
    judgement: "LIMITED_PROGRESS",
    judgementSummary: "Demo data. The force has started its self-assessment; the media, social media and second jobs policies are still to be updated.",
    sectionJudgements: { A: "LIMITED_PROGRESS", C: "LIMITED_PROGRESS", D: "LIMITED_PROGRESS", E: "GOOD_PROGRESS", H: "SOME_PROGRESS", I: "SOME_PROGRESS" },
    answers: {
      A1: "partly", A2: "recommendations_self_assessment", A3: "2012-01-27", A5: "no", A8: "partly", A9: "no", A10: "yes", A11: "no",
      B1: "deputy_chief_constable", B2: "partly", B3: "no", B4: "yes",
      C1: "policy", C2: "under_review", C4: "2012-04-30", C5: "yes", C6: "yes", C7: "no", C8: "partly", C9: { total: 1 }, C10: "partly", C11: ["corporate_communications"],
      D1: "not_started", D3: "2012-08-31", D4: "no", D5: "no", D6: "no", D7: "no", D8: "partly", D9: ["corporate_communications"], D10: "no", D11: "none", D12: { total: 0 },
      E1: "under_review", E3: "2012-04-30", E4: "yes", E5: "yes", E6: "yes", E7: "yes",
      F1: "no", F2: "no", F5: "no", F6: "partly",
      G1: "under_review", G2: "2012-06-30", G3: "yes", G4: { total: 0 },
      H1: "under_review", H3: "2012-06-30", H4: "no", H5: "line_manager_hr", H6: "yes", H7: { total: 71, parts: { approved: 68 } },
      I1: { total: 4 }, I2: { total: 4 }, I3: "partly", I4: { total: 19 },
      J1: "yes", J2: "no", J3: "no",
      K1: "partly", K2: ["information_disclosure"],
    },
  },
  warwickshire: {
    submittedAt: "2012-02-22T09:30:00Z",
    acceptedAt: "2012-03-14T10:45:00Z",
    judgement: "SOME_PROGRESS",
    judgementSummary: "Demo data. A central electronic gifts and hospitality register is in place; policy reviews and the alliance with West Mercia are at an early stage.",
    sectionJudgements: { A: "SOME_PROGRESS", C: "LIMITED_PROGRESS", D: "LIMITED_PROGRESS", E: "GOOD_PROGRESS", F: "LIMITED_PROGRESS", J: "SOME_PROGRESS" },
    answers: {
      A1: "partly", A2: "recommendations_self_assessment", A3: "2012-01-20", A5: "yes", A6: "policy_review", A7: "no", A8: "partly", A9: "no", A10: "yes", A11: "no",
      B1: "deputy_chief_constable", B2: "yes", B3: "no", B4: "yes",
      C1: "policy", C2: "under_review", C4: "2012-06-30", C5: "yes", C6: "partly", C7: "partly", C8: "partly", C9: { total: 1 }, C10: "yes", C11: ["corporate_communications"],
      D1: "not_started", D3: "2012-12-31", D4: "no", D5: "no", D6: "no", D7: "no", D8: "yes", D9: ["corporate_communications"], D10: "no", D11: "none", D12: { total: 0 },
      E1: "under_review", E3: "2012-06-30", E4: "yes", E5: "yes", E6: "yes", E7: "yes",
      F1: "no", F2: "no", F5: "no", F6: "partly",
      G1: "under_review", G2: "2012-06-30", G3: "yes", G4: { total: 0 },
      H1: "under_review", H3: "2012-06-30", H4: "yes", H5: "line_manager_psd_dcc", H6: "yes", H7: { total: 29, parts: { approved: 28 } },
      I1: { total: 3 }, I2: { total: 3 }, I3: "partly", I4: { total: 37 },
      J1: "yes", J2: "yes", J3: "yes", J4: ["west-mercia"], J5: "proposed", J6: "yes", J7: ["acu"], J8: "2013-04-01",
      K1: "partly", K2: ["information_disclosure"],
    },
  },
  wiltshire: {
    submittedAt: "2012-02-24T16:10:00Z",
    acceptedAt: "2012-03-16T12:00:00Z",
    judgement: "LIMITED_PROGRESS",
    judgementSummary: "Demo data. Gifts and hospitality are recorded in separate local registers and there is no second jobs policy yet.",
    sectionJudgements: { C: "SOME_PROGRESS", E: "LIMITED_PROGRESS", H: "LIMITED_PROGRESS", I: "LIMITED_PROGRESS", K: "LIMITED_PROGRESS" },
    answers: {
      A1: "partly", A2: "report_checklist", A3: "2012-02-10", A5: "no", A8: "partly", A9: "no", A10: "no", A11: "no",
      B1: "deputy_chief_constable", B2: "partly", B3: "no", B4: "yes",
      C1: "policy", C2: "under_review", C4: "2012-05-31", C5: "yes", C6: "partly", C7: "no", C8: "partly", C9: { total: 2 }, C10: "partly", C11: ["corporate_communications"],
      D1: "under_review", D3: "2012-05-31", D4: "yes", D5: "no", D6: "partly", D7: "no", D8: "partly", D9: ["corporate_communications"], D10: "no", D11: "none", D12: { total: 0 },
      E1: "under_review", E3: "2012-05-31", E4: "no",
      F1: "no", F2: "yes", F3: "no", F5: "no", F6: "partly",
      G1: "under_review", G2: "2012-05-31", G3: "partly", G4: { total: 1 },
      H1: "not_started", H3: "2012-07-31", H4: "no", H5: "line_manager_only", H6: "no", H7: { total: 30, parts: { approved: 27 } },
      I1: { total: 2 }, I2: { total: 2 }, I3: "no", I4: { total: 12 },
      J1: "partly", J2: "yes", J3: "no",
      K1: "no",
    },
  },
};
