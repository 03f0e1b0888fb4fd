// Demo data for the inspectorate's review: two of the four 2012 assessments already accepted,
// the other two (Warwickshire and Wiltshire) left submitted and waiting for review. The
// judgements follow the headlines of HMIC's December 2012 reports ("made some improvements");
// the section judgements, summaries and the HM Inspector's name are invented for the demo, in
// our own words. The region is the forces' 2012 HMIC region (prisma/seed/forces.ts).

export type DemoAcceptance = {
  acceptedAt: string;
  judgement: "GOOD_PROGRESS" | "SOME_PROGRESS" | "LIMITED_PROGRESS";
  sectionJudgements: Record<string, "GOOD_PROGRESS" | "SOME_PROGRESS" | "LIMITED_PROGRESS">;
  summary: string;
  inspectorName: string;
  inspectorRegion: string;
  /** Answers the inspector accepted with a note, as a review leaves them. */
  acceptedAnswers: Record<string, string>;
};

export const DEMO_HM_INSPECTOR = { name: "Morgan Ellery", region: "Wales and Western" };

export const DEMO_ACCEPTANCES: Record<string, DemoAcceptance> = {
  staffordshire: {
    acceptedAt: "2012-09-14T11:00:00Z",
    judgement: "SOME_PROGRESS",
    sectionJudgements: { A: "GOOD_PROGRESS", C: "GOOD_PROGRESS", D: "SOME_PROGRESS", H: "SOME_PROGRESS", I: "LIMITED_PROGRESS" },
    summary:
      "The force has looked hard at its integrity arrangements since 2011 and has rewritten its policies in each of the main areas, including media relationships and, more recently, social media. The size of the anti-corruption unit has not changed, so the force now needs to show that the new policies are being followed and checked, and to move faster.",
    inspectorName: DEMO_HM_INSPECTOR.name,
    inspectorRegion: DEMO_HM_INSPECTOR.region,
    acceptedAnswers: { C9: "Matches the force’s case records for the period.", H7: "Figures checked against the second jobs register." },
  },
  "west-mercia": {
    acceptedAt: "2012-09-21T15:30:00Z",
    judgement: "SOME_PROGRESS",
    sectionJudgements: { A: "GOOD_PROGRESS", C: "LIMITED_PROGRESS", D: "SOME_PROGRESS", H: "GOOD_PROGRESS", J: "SOME_PROGRESS" },
    summary:
      "The force has carried out a force-wide health check and is updating its policies with its alliance partner. Several of them, including the guidance on media relationships, are still being reviewed, so staff do not yet have all the direction they need. The force should finish and communicate these policies quickly and show how it will monitor them.",
    inspectorName: DEMO_HM_INSPECTOR.name,
    inspectorRegion: DEMO_HM_INSPECTOR.region,
    acceptedAnswers: { D12: "Referred cases confirmed with the professional standards department." },
  },
};
