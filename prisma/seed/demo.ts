// Demo data settings: who can sign in, and the four 2012 assessments already submitted.

export const DEMO_PASSWORD = "Integrity-Demo-2012";

export const INSPECTOR = { email: "inspector@inspectorate.example.org", name: "Demo inspector (HMIC)" };
export const ADMIN = { email: "admin@example.org", name: "Demo administrator" };

export const psdEmail = (slug: string) => `psd@${slug}.example.org`;
export const chiefEmail = (slug: string) => `chief@${slug}.example.org`;

export const CYCLE_2012 = {
  slug: "2012-revisit",
  name: "2012 revisit",
  periodStart: "2011-09-01",
  periodEnd: "2012-05-31",
  deadline: "2012-06-29",
};

/** When each seeded force submitted, and who signed it off (the names are invented). */
export const DEMO_SUBMISSIONS: Record<string, { submittedAt: string; declarationName: string; declarationRole: string }> = {
  staffordshire: { submittedAt: "2012-06-22T10:15:00Z", declarationName: "Demo deputy chief constable", declarationRole: "Deputy Chief Constable" },
  warwickshire: { submittedAt: "2012-06-26T14:40:00Z", declarationName: "Demo deputy chief constable", declarationRole: "Deputy Chief Constable" },
  "west-mercia": { submittedAt: "2012-06-27T09:05:00Z", declarationName: "Demo deputy chief constable", declarationRole: "Deputy Chief Constable" },
  wiltshire: { submittedAt: "2012-06-28T16:30:00Z", declarationName: "Demo deputy chief constable", declarationRole: "Deputy Chief Constable" },
};
