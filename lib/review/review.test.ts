import { describe, expect, it } from "vitest";
import { checklistV1 } from "@/lib/checklist/v1/index.ts";
import { verifySnapshot } from "@/lib/assessments/snapshot.ts";
import { answers as wiltshire } from "@/prisma/seed/demo-answers/wiltshire.ts";
import { buildAcceptanceSnapshot } from "./acceptance-snapshot.ts";
import { diffAnswers, snapshotAnswers } from "./diff.ts";
import { JUDGEMENTS, JUDGEMENT_LABELS, judgementTagText } from "./judgements.ts";
import { parseReviewFilters, reviewFiltersQuery, waitingOf, waitingText } from "./queue.ts";
import { acceptInputFromForm, acceptSchema, decisionSchema, respondSchema } from "./schemas.ts";
import { countStates, questionReview, type DecisionView } from "./state.ts";

describe("the diff between two sets of answers", () => {
  it("lists added, changed and removed answers in checklist order, formatted as people read them", () => {
    const before = { ...wiltshire, C2: "under_review", A13: "An earlier note" } as Record<string, unknown>;
    const after = { ...wiltshire, C9: { total: 4, parts: { ongoing: 1 } }, C12: "New narrative" } as Record<string, unknown>;
    delete after.A13;
    delete before.C12;
    expect(diffAnswers(checklistV1, before, after)).toEqual([
      { code: "A13", sectionCode: "A", prompt: expect.any(String), kind: "removed", before: "An earlier note", after: null },
      { code: "C2", sectionCode: "C", prompt: expect.any(String), kind: "changed", before: "Under review", after: "Updated and communicated to staff" },
      {
        code: "C9",
        sectionCode: "C",
        prompt: expect.any(String),
        kind: "changed",
        before: "3 investigations (of which 2 still ongoing)",
        after: "4 investigations (of which 1 still ongoing)",
      },
      { code: "C12", sectionCode: "C", prompt: expect.any(String), kind: "added", before: null, after: "New narrative" },
    ]);
  });

  it("sees no change when only key order differs, and ignores codes the checklist does not know", () => {
    const a = { C9: { total: 3, parts: { ongoing: 2 } }, Z99: "x" };
    const b = { C9: { parts: { ongoing: 2 }, total: 3 }, Z99: "y" };
    expect(diffAnswers(checklistV1, a, b)).toEqual([]);
    expect(diffAnswers(checklistV1, wiltshire, wiltshire)).toEqual([]);
  });

  it("reads the answers out of a stored snapshot, and refuses JSON that is not one", () => {
    const s = buildAcceptanceSnapshot(acceptanceSource());
    expect(snapshotAnswers(s.content)).toEqual({ C2: "updated_communicated" });
    expect(() => snapshotAnswers("[1,2]")).toThrow();
  });
});

function acceptanceSource() {
  return {
    assessment: { id: "a1", reference: "IHC-2012-X", status: "SUBMITTED", extra: "not copied" },
    force: { slug: "wiltshire", name: "Wiltshire Police" },
    cycle: { slug: "2012-revisit", name: "2012 revisit", periodStart: new Date("2011-09-01T00:00:00Z"), periodEnd: new Date("2012-05-31T00:00:00Z") },
    checklist: { number: 1, contentHash: "abc" },
    answers: { C2: "updated_communicated" },
    declaration: { name: "Jane Example", role: "Deputy Chief Constable", date: new Date("2012-06-28T00:00:00Z") },
    judgement: { judgement: "SOME_PROGRESS" as const, summary: "Made some improvements.", inspectorName: "Morgan Ellery", inspectorRegion: "Wales and Western" },
    sectionJudgements: { C: "GOOD_PROGRESS" as const },
    takenAt: new Date("2012-09-14T10:00:00Z"),
  };
}

describe("the acceptance snapshot", () => {
  it("holds named fields only, with the judgement and section judgements, and its SHA-256 verifies", () => {
    const s = buildAcceptanceSnapshot(acceptanceSource());
    const content = JSON.parse(s.content) as Record<string, unknown>;
    expect(content).toMatchObject({
      kind: "ACCEPTANCE",
      assessment: { id: "a1", reference: "IHC-2012-X", status: "ACCEPTED" },
      declaration: { name: "Jane Example", role: "Deputy Chief Constable", date: "2012-06-28" },
      judgement: { judgement: "SOME_PROGRESS", summary: "Made some improvements.", inspectorName: "Morgan Ellery", inspectorRegion: "Wales and Western" },
      sectionJudgements: { C: "GOOD_PROGRESS" },
      takenAt: "2012-09-14T10:00:00.000Z",
    });
    expect(s.content).not.toContain("not copied");
    expect(verifySnapshot(s.content, s.sha256)).toBe(true);
    expect(verifySnapshot(s.content.replace("SOME_PROGRESS", "GOOD_PROGRESS"), s.sha256)).toBe(false);
  });
});

describe("judgements", () => {
  it("say the colour in words, never the colour alone", () => {
    expect(JUDGEMENTS.map(judgementTagText)).toEqual(["Green: good progress", "Amber: some progress", "Red: limited progress"]);
    expect(JUDGEMENT_LABELS.SOME_PROGRESS).toBe("Some progress");
  });
});

const d = (over: Partial<DecisionView>): DecisionView => ({
  id: "c1",
  kind: "QUERY",
  round: 1,
  body: "Why?",
  createdAt: new Date("2012-07-01T10:00:00Z"),
  resolvedAt: null,
  author: "Inspector",
  responses: [],
  ...over,
});

describe("an answer's review state", () => {
  it("is not reviewed until the inspector decides", () => {
    expect(questionReview([], 1, false)).toEqual({ state: "NOT_REVIEWED", decision: null, openQuery: null });
  });
  it("follows the latest decision in this round", () => {
    const query = d({ id: "c1", resolvedAt: new Date("2012-07-02T10:00:00Z") });
    const accept = d({ id: "c2", kind: "ACCEPTED", createdAt: new Date("2012-07-02T10:00:00Z") });
    expect(questionReview([query, accept], 1, false).state).toBe("ACCEPTED");
    expect(questionReview([d({})], 1, false)).toMatchObject({ state: "QUERIED", openQuery: { id: "c1" } });
  });
  it("after a resubmission: an open query from the last round needs a decision; an earlier acceptance holds while the answer is unchanged", () => {
    expect(questionReview([d({ responses: [{ id: "r", body: "Done", createdAt: new Date(), author: null }] })], 2, true).state).toBe("RESPONDED");
    const accepted = d({ kind: "ACCEPTED" });
    expect(questionReview([accepted], 2, false).state).toBe("ACCEPTED_BEFORE");
    expect(questionReview([accepted], 2, true).state).toBe("NOT_REVIEWED");
  });
  it("counts states for the page summary", () => {
    expect(countStates([{ state: "ACCEPTED" }, { state: "ACCEPTED" }, { state: "QUERIED" }])).toMatchObject({ ACCEPTED: 2, QUERIED: 1, NOT_REVIEWED: 0 });
  });
});

describe("review forms", () => {
  it("a query needs a comment; an acceptance does not", () => {
    const base = { assessmentId: "a1", code: "C9" };
    expect(decisionSchema.safeParse({ ...base, decision: "query", comment: "  \r\n " }).error?.issues[0]?.message).toBe(
      "Enter your query: say what the force needs to explain or change",
    );
    expect(decisionSchema.parse({ ...base, decision: "query", comment: "Line one\r\nLine two " }).comment).toBe("Line one\nLine two");
    expect(decisionSchema.parse({ ...base, decision: "accept" }).comment).toBe("");
    expect(decisionSchema.safeParse({ ...base, decision: "maybe" }).success).toBe(false);
    expect(decisionSchema.safeParse({ ...base, code: "c9; drop", decision: "accept" }).success).toBe(false);
  });
  it("acceptance: judgement, summary, name and region are required; section judgements are optional", () => {
    const form = { assessmentId: "a1", expectedVersion: "4", "sectionJudgements.C": "GOOD_PROGRESS", "sectionJudgements.D": "" };
    const empty = acceptSchema.safeParse(acceptInputFromForm({ ...form, summary: " ", inspectorName: "", inspectorRegion: "" }));
    expect(Object.fromEntries(empty.error!.issues.map((i) => [i.path.join("."), i.message]))).toEqual({
      judgement: "Select the force’s overall judgement",
      summary: "Enter a summary of the inspectorate’s findings",
      inspectorName: "Enter the name of the HM Inspector to be quoted",
      inspectorRegion: "Select the HM Inspector’s region",
    });
    const ok = acceptSchema.parse(acceptInputFromForm({ ...form, judgement: "SOME_PROGRESS", summary: "S", inspectorName: "N", inspectorRegion: "R" }));
    expect(ok).toMatchObject({ expectedVersion: 4, judgement: "SOME_PROGRESS", sectionJudgements: { C: "GOOD_PROGRESS" } });
    expect(ok.sectionJudgements).not.toHaveProperty("D");
    expect(acceptSchema.safeParse({ ...ok, sectionJudgements: { C: "EXCELLENT" } }).success).toBe(false);
  });
  it("a response must say something, within the limit", () => {
    expect(respondSchema.safeParse({ assessmentId: "a", queryId: "q", response: "" }).error?.issues[0]?.message).toBe("Enter your response to the inspector’s query");
    expect(respondSchema.safeParse({ assessmentId: "a", queryId: "q", response: "x".repeat(2001) }).error?.issues[0]?.message).toBe("Response must be 2,000 characters or fewer");
  });
});

describe("the review queue", () => {
  it("reads filters from the URL, dropping what it does not know, and writes them back", () => {
    const f = parseReviewFilters(new URLSearchParams("status=SUBMITTED&status=BOGUS&status=RETURNED&region=Eastern&cycle=2012-revisit"));
    expect(f).toEqual({ status: ["SUBMITTED", "RETURNED"], region: "Eastern", cycle: "2012-revisit" });
    expect(reviewFiltersQuery(f)).toBe("?status=SUBMITTED&status=RETURNED&region=Eastern&cycle=2012-revisit");
    expect(parseReviewFilters({ cycle: "../etc", region: "x".repeat(61) })).toEqual({ status: [], region: undefined, cycle: undefined });
    expect(reviewFiltersQuery(parseReviewFilters({}))).toBe("");
  });
  it("counts whole days waiting, on the inspectorate once submitted and on the force once returned", () => {
    const now = new Date("2012-07-10T09:00:00Z");
    const submittedAt = new Date("2012-06-28T16:30:00Z");
    expect(waitingOf({ status: "SUBMITTED", submittedAt, returnedAt: null }, now)).toEqual({ days: 12, on: "inspectorate" });
    expect(waitingOf({ status: "RETURNED", submittedAt, returnedAt: new Date("2012-07-09T23:30:00Z") }, now)).toEqual({ days: 1, on: "force" });
    expect(waitingOf({ status: "ACCEPTED", submittedAt, returnedAt: null }, now)).toBeNull();
    expect(waitingText({ days: 1, on: "force" }, null)).toBe("1 day (with the force)");
    expect(waitingText({ days: 1234, on: "inspectorate" }, null)).toBe("1,234 days (with the inspectorate)");
    expect(waitingText(null, new Date("2012-09-14T10:00:00Z"))).toBe("Accepted 14 September 2012");
  });
});
