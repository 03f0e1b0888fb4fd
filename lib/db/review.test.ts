import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles.ts";
import { verifySnapshot } from "@/lib/assessments/snapshot.ts";
import { parseReviewFilters } from "@/lib/review/queue.ts";
import { answers as wiltshire } from "@/prisma/seed/demo-answers/wiltshire.ts";
import { prisma } from "./client.ts";
import { actorFor } from "./test-support/actors.ts";
import { declaration } from "./test-support/declaration.ts";
import { startAssessment } from "./assessment-start.ts";
import { saveAnswer } from "./answers.ts";
import { markReady, returnToPsd, submitAssessment } from "./assessment-workflow.ts";
import { getReview, listForReview } from "./review.ts";
import { acceptAnswer, acceptAssessment, decideAnswer, queryAnswer, returnAssessment } from "./review-decisions.ts";
import { listQueriesForForce, respondToQuery } from "./review-responses.ts";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "./errors.ts";

// The inspectorate's review through the real data layer and database. Forces used only here:
// bedfordshire (the whole review), northamptonshire (races and refusals), hertfordshire (another
// force), cambridgeshire (a draft the inspectorate must not see).

type Force = { psd: Actor; chief: Actor; id: string };
const forces: Record<string, Force> = {};
let inspector: Actor, admin: Actor;

const version = async (id: string) => (await prisma.assessment.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const state = (id: string) => prisma.assessment.findUniqueOrThrow({ where: { id } });
const acceptance = (id: string, expectedVersion: number, over: Record<string, unknown> = {}) => ({
  assessmentId: id,
  expectedVersion,
  judgement: "SOME_PROGRESS",
  sectionJudgements: { C: "GOOD_PROGRESS", I: "LIMITED_PROGRESS" },
  summary: "The force has made some improvements to how it identifies, monitors and manages integrity issues.",
  inspectorName: "Morgan Ellery",
  inspectorRegion: "Eastern",
  ...over,
});

async function submitted(slug: string): Promise<Force> {
  const [psd, chief] = await Promise.all([actorFor(`psd@${slug}.example.org`), actorFor(`chief@${slug}.example.org`)]);
  const { id } = await startAssessment(psd, { cycleSlug: "2012-revisit" });
  for (const [code, value] of Object.entries(wiltshire)) await saveAnswer(psd, { assessmentId: id, code, value, expectedVersion: 0 });
  const ready = await markReady(psd, { assessmentId: id, expectedVersion: 1 });
  await submitAssessment(chief, declaration(id, ready.version));
  return { psd, chief, id };
}

beforeAll(async () => {
  [inspector, admin] = await Promise.all([actorFor("inspector@inspectorate.example.org"), actorFor("admin@example.org")]);
  const [bedfordshire, northamptonshire] = await Promise.all([submitted("bedfordshire"), submitted("northamptonshire")]);
  const [hertsPsd, hertsChief, cambsPsd] = await Promise.all(["psd@hertfordshire", "chief@hertfordshire", "psd@cambridgeshire"].map((e) => actorFor(`${e}.example.org`)));
  const draft = await startAssessment(cambsPsd!, { cycleSlug: "2012-revisit" });
  Object.assign(forces, { bedfordshire, northamptonshire, hertfordshire: { psd: hertsPsd, chief: hertsChief, id: "" }, cambridgeshire: { psd: cambsPsd, chief: cambsPsd, id: draft.id } });
}, 180_000);

describe("the review queue", () => {
  it("lists what reached the inspectorate, oldest submission first, with days waiting; filters narrow it", async () => {
    const all = await listForReview(inspector, parseReviewFilters({}));
    const slugs = all.rows.map((r) => r.force.slug);
    expect(slugs).toEqual(expect.arrayContaining(["wiltshire", "bedfordshire", "northamptonshire"]));
    expect(slugs).not.toContain("cambridgeshire");
    const times = all.rows.map((r) => r.submittedAt!.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const beds = all.rows.find((r) => r.force.slug === "bedfordshire")!;
    expect(beds).toMatchObject({ status: "SUBMITTED", round: 1, openQueries: 0, waiting: { days: 0, on: "inspectorate" } });
    expect(all.options.regions).toEqual(["Eastern", "London and national", "Northern", "Wales and Western"]);

    const eastern = await listForReview(inspector, parseReviewFilters({ region: "Eastern" }));
    expect(eastern.rows.every((r) => r.force.region === "Eastern")).toBe(true);
    expect(eastern.rows.map((r) => r.force.slug)).toContain("bedfordshire");
    const accepted = await listForReview(inspector, parseReviewFilters({ status: "ACCEPTED" }));
    expect(accepted.rows.every((r) => r.status === "ACCEPTED")).toBe(true);
    expect((await listForReview(inspector, parseReviewFilters({ cycle: "no-such-cycle" }))).rows).toEqual([]);
  });

  it("is the inspectorate's only: force users and administrators are told it does not exist", async () => {
    for (const actor of [forces.bedfordshire!.psd, forces.bedfordshire!.chief, admin]) {
      await expect(listForReview(actor, parseReviewFilters({}))).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});

describe("reading one review", () => {
  it("the inspector sees answers by section, with nothing reviewed yet", async () => {
    const view = await getReview(inspector, forces.bedfordshire!.id);
    expect(view.assessment).toMatchObject({ status: "SUBMITTED", round: 1, force: { slug: "bedfordshire" } });
    expect(view.sections.map((s) => s.code)).toEqual(["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"]);
    const c9 = view.sections.find((s) => s.code === "C")!.questions.find((q) => q.code === "C9")!;
    expect(c9).toMatchObject({ answered: true, answer: "3 investigations (of which 2 still ongoing)", review: { state: "NOT_REVIEWED" }, change: null });
    expect(view.changes).toBeNull();
    expect(view.may).toEqual({ decide: true, return: false, accept: true });
  });

  it("no one else reads it, not even the force itself; a draft does not exist for the inspectorate", async () => {
    const { psd, chief, id } = forces.bedfordshire!;
    for (const actor of [psd, chief, forces.hertfordshire!.psd, admin]) await expect(getReview(actor, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getReview(inspector, forces.cambridgeshire!.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getReview(inspector, "no-such-id")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the whole review: query, return, respond, resubmit, accept", () => {
  it("only the inspector decides on answers; a query needs a comment; unknown questions do not exist", async () => {
    const { psd, chief, id } = forces.bedfordshire!;
    for (const actor of [psd, chief, forces.hertfordshire!.psd, admin]) {
      await expect(queryAnswer(actor, id, "C9", "Why?")).rejects.toBeInstanceOf(NotFoundError);
      await expect(acceptAnswer(actor, id, "C9")).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(queryAnswer(inspector, id, "C9", "  ")).rejects.toMatchObject({ fieldErrors: { comment: "Enter your query: say what the force needs to explain or change" } });
    await expect(queryAnswer(inspector, id, "Z9", "Why?")).rejects.toBeInstanceOf(NotFoundError);
    await expect(decideAnswer(inspector, { assessmentId: id, code: "C9", decision: "maybe" })).rejects.toBeInstanceOf(ValidationError);
    expect(await prisma.reviewComment.count({ where: { assessmentId: id } })).toBe(0);
  });

  it("returning needs at least one query, at the version the inspector saw", async () => {
    const { id } = forces.bedfordshire!;
    const v = await version(id);
    await expect(returnAssessment(inspector, { assessmentId: id, expectedVersion: v })).rejects.toMatchObject({
      fieldErrors: { queries: "Query at least one answer before you return the assessment to the force" },
    });
    expect((await state(id)).status).toBe("SUBMITTED");
  });

  it("the inspector queries two answers and accepts one; each decision moves the version on, so an older confirmation conflicts", async () => {
    const { id } = forces.bedfordshire!;
    const seen = await version(id);
    await queryAnswer(inspector, id, "C9", "Please say how many of the three investigations led to misconduct proceedings.");
    await queryAnswer(inspector, id, "H7", "Draft query, replaced below.");
    const replaced = await queryAnswer(inspector, id, "H7", "How many of the 36 applications were refused?");
    await acceptAnswer(inspector, id, "C2", "Policy seen on the intranet.");
    await expect(returnAssessment(inspector, { assessmentId: id, expectedVersion: seen })).rejects.toBeInstanceOf(ConflictError);
    const view = await getReview(inspector, id);
    expect(view.openQueries.map((q) => [q.code, q.comment])).toEqual([
      ["C9", "Please say how many of the three investigations led to misconduct proceedings."],
      ["H7", "How many of the 36 applications were refused?"],
    ]);
    expect(view.counts).toMatchObject({ QUERIED: 2, ACCEPTED: 1 });
    expect(view.may).toEqual({ decide: true, return: true, accept: false });
    // The replaced query is settled, not left open beside its replacement.
    expect(await prisma.reviewComment.count({ where: { assessmentId: id, questionCode: "H7", resolvedAt: null } })).toBe(1);
    expect(replaced.round).toBe(1);
  });

  it("accepting the assessment is refused while this submission has open queries", async () => {
    const { id } = forces.bedfordshire!;
    await expect(acceptAssessment(inspector, acceptance(id, await version(id)))).rejects.toMatchObject({
      fieldErrors: { queries: "You have queried 2 answers in this submission: accept them or return the assessment to the force" },
    });
  });

  it("only the inspector returns it; it goes back to the force listing the queries, with an audit event", async () => {
    const { psd, chief, id } = forces.bedfordshire!;
    const v = await version(id);
    for (const actor of [psd, chief, admin]) await expect(returnAssessment(actor, { assessmentId: id, expectedVersion: v })).rejects.toBeInstanceOf(NotFoundError);
    const result = await returnAssessment(inspector, { assessmentId: id, expectedVersion: v });
    expect(result).toMatchObject({ status: "RETURNED", version: v + 1 });
    expect(result.queries.map((q) => q.code)).toEqual(["C9", "H7"]);
    expect(await state(id)).toMatchObject({ status: "RETURNED", returnedAt: expect.any(Date) });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "review.return" } });
    expect(JSON.parse(audit.after!)).toMatchObject({ status: "RETURNED", round: 1, queries: [{ code: "C9" }, { code: "H7" }] });
    expect(audit.actorRole).toBe("INSPECTOR");
  });

  it("while returned the inspector can read the review but decide nothing", async () => {
    const { id } = forces.bedfordshire!;
    await expect(getReview(inspector, id)).resolves.toMatchObject({ may: { decide: false, return: false, accept: false } });
    await expect(acceptAnswer(inspector, id, "C9")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(returnAssessment(inspector, { assessmentId: id, expectedVersion: await version(id) })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("the force sees the queries; other forces and the inspectorate do not get them this way", async () => {
    const { psd, chief, id } = forces.bedfordshire!;
    const queries = await listQueriesForForce(psd, id);
    expect(queries.map((q) => [q.code, q.answered])).toEqual([["C9", false], ["H7", false]]);
    await expect(listQueriesForForce(chief, id)).resolves.toHaveLength(2);
    for (const actor of [forces.hertfordshire!.psd, admin]) await expect(listQueriesForForce(actor, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listQueriesForForce(inspector, id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("only the force's PSD responds, to an open query of this assessment", async () => {
    const { psd, chief, id } = forces.bedfordshire!;
    const [c9] = await listQueriesForForce(psd, id);
    const input = { assessmentId: id, queryId: c9!.id, response: "One led to a misconduct hearing." };
    await expect(respondToQuery(chief, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(respondToQuery(inspector, input)).rejects.toBeInstanceOf(ForbiddenError);
    for (const actor of [forces.hertfordshire!.psd, admin]) await expect(respondToQuery(actor, input)).rejects.toBeInstanceOf(NotFoundError);
    await expect(respondToQuery(psd, { ...input, queryId: "no-such-query" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(respondToQuery(psd, { ...input, response: " " })).rejects.toMatchObject({ fieldErrors: { response: "Enter your response to the inspector’s query" } });
    // A query of another assessment is not found through this one.
    const other = await prisma.reviewComment.create({ data: { assessmentId: forces.northamptonshire!.id, kind: "QUERY", questionCode: "C2", body: "x", round: 1 } });
    await expect(respondToQuery(psd, { ...input, queryId: other.id })).rejects.toBeInstanceOf(NotFoundError);
    await prisma.reviewComment.delete({ where: { id: other.id } });

    await expect(respondToQuery(psd, input)).resolves.toMatchObject({ queryId: c9!.id, code: "C9" });
    expect((await listQueriesForForce(psd, id)).map((q) => q.answered)).toEqual([true, false]);
  });

  it("PSD cannot send it for sign-off until every query has a response", async () => {
    const { psd, id } = forces.bedfordshire!;
    const refused = markReady(psd, { assessmentId: id, expectedVersion: await version(id) });
    await expect(refused).rejects.toMatchObject({ fieldErrors: { H7: "Respond to the inspector’s query on H7" } });
    expect((await state(id)).status).toBe("RETURNED");
  });

  it("PSD changes one answer and responds; a chief's return keeps it with the inspectorate's return; the resubmission is round 2", async () => {
    const { psd, chief, id } = forces.bedfordshire!;
    const h7 = (await listQueriesForForce(psd, id)).find((q) => q.code === "H7")!;
    await respondToQuery(psd, { assessmentId: id, queryId: h7.id, response: "Eleven were refused; we have corrected the figure." });
    await saveAnswer(psd, { assessmentId: id, code: "H7", value: { total: 36, parts: { approved: 25, refused: 11 } }, expectedVersion: 1 });
    let v = (await markReady(psd, { assessmentId: id, expectedVersion: await version(id) })).version;
    v = (await returnToPsd(chief, { assessmentId: id, expectedVersion: v, comment: "Check the wording of the H7 response." })).version;
    expect(await state(id)).toMatchObject({ status: "RETURNED" });
    await expect(getReview(inspector, id)).resolves.toMatchObject({ assessment: { status: "RETURNED" } });
    v = (await markReady(psd, { assessmentId: id, expectedVersion: v })).version;
    const result = await submitAssessment(chief, declaration(id, v));
    expect(result).toMatchObject({ status: "SUBMITTED", snapshot: { sequence: 2 } });
  });

  it("on resubmission the inspector sees exactly what changed, and which queries the force answered", async () => {
    const { id } = forces.bedfordshire!;
    const view = await getReview(inspector, id);
    expect(view.assessment.round).toBe(2);
    expect(view.changes).toHaveLength(1);
    expect(view.changes![0]).toMatchObject({ code: "H7", kind: "changed", before: "36 applications (of which 25 approved)" });
    const q = (code: string) => view.sections.flatMap((s) => s.questions).find((x) => x.code === code)!;
    expect(q("H7").change).toMatchObject({ kind: "changed" });
    expect(q("C9").review.state).toBe("RESPONDED");
    expect(q("C9").queries[0]!.responses.map((r) => r.body)).toEqual(["One led to a misconduct hearing."]);
    expect(q("C2").review.state).toBe("ACCEPTED_BEFORE");
    expect(view.openQueries).toEqual([]);
    expect(view.may).toEqual({ decide: true, return: false, accept: true });
  });

  it("acceptance checks its input and the version the inspector saw", async () => {
    const { psd, chief, id } = forces.bedfordshire!;
    const v = await version(id);
    for (const actor of [psd, chief, admin]) await expect(acceptAssessment(actor, acceptance(id, v))).rejects.toBeInstanceOf(NotFoundError);
    await expect(acceptAssessment(inspector, acceptance(id, v, { inspectorRegion: "Atlantis" }))).rejects.toMatchObject({
      fieldErrors: { inspectorRegion: "Select the HM Inspector’s region from the list" },
    });
    await expect(acceptAssessment(inspector, acceptance(id, v, { sectionJudgements: { Q: "GOOD_PROGRESS" } }))).rejects.toMatchObject({
      fieldErrors: { "sectionJudgements.Q": "There is no section Q in this checklist" },
    });
    await expect(acceptAssessment(inspector, acceptance(id, v, { judgement: "EXCELLENT" }))).rejects.toBeInstanceOf(ValidationError);
    await expect(acceptAssessment(inspector, acceptance(id, v - 1))).rejects.toBeInstanceOf(ConflictError);
    expect((await state(id)).status).toBe("SUBMITTED");
  });

  it("the inspector accepts with a judgement: an immutable acceptance snapshot, section judgements, queries settled", async () => {
    const { id } = forces.bedfordshire!;
    const result = await acceptAssessment(inspector, acceptance(id, await version(id)));
    expect(result).toMatchObject({ status: "ACCEPTED", snapshot: { sequence: 3 } });
    expect(await state(id)).toMatchObject({
      status: "ACCEPTED",
      judgement: "SOME_PROGRESS",
      inspectorName: "Morgan Ellery",
      inspectorRegion: "Eastern",
      acceptedAt: expect.any(Date),
    });
    const snapshot = await prisma.snapshot.findFirstOrThrow({ where: { assessmentId: id, sequence: 3 } });
    expect(snapshot.kind).toBe("ACCEPTANCE");
    expect(verifySnapshot(snapshot.content, snapshot.sha256)).toBe(true);
    expect(JSON.parse(snapshot.content)).toMatchObject({ judgement: { judgement: "SOME_PROGRESS" }, sectionJudgements: { C: "GOOD_PROGRESS", I: "LIMITED_PROGRESS" } });
    const sections = await prisma.assessmentSection.findMany({ where: { assessmentId: id, judgement: { not: null } }, orderBy: { sectionCode: "asc" } });
    expect(sections.map((s) => [s.sectionCode, s.judgement])).toEqual([["C", "GOOD_PROGRESS"], ["I", "LIMITED_PROGRESS"]]);
    expect(await prisma.reviewComment.count({ where: { assessmentId: id, kind: "QUERY", resolvedAt: null } })).toBe(0);
    await expect(prisma.snapshot.update({ where: { id: snapshot.id }, data: { content: "{}" } })).rejects.toThrow();
  });

  it("an accepted assessment is read-only for everyone", async () => {
    const { psd, chief, id } = forces.bedfordshire!;
    const v = await version(id);
    await expect(saveAnswer(psd, { assessmentId: id, code: "A13", value: "Too late", expectedVersion: 0 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(markReady(psd, { assessmentId: id, expectedVersion: v })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(acceptAnswer(inspector, id, "C9")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(returnAssessment(inspector, { assessmentId: id, expectedVersion: v })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(acceptAssessment(inspector, acceptance(id, v))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listQueriesForForce(chief, id)).resolves.toEqual([]);
    await expect(getReview(inspector, id)).resolves.toMatchObject({ assessment: { status: "ACCEPTED", judgement: { judgement: "SOME_PROGRESS" } }, may: { decide: false } });
  });
});

describe("races", () => {
  it("two acceptances at once: exactly one wins, with one acceptance snapshot", async () => {
    const { id } = forces.northamptonshire!;
    const v = await version(id);
    const results = await Promise.allSettled([acceptAssessment(inspector, acceptance(id, v)), acceptAssessment(inspector, acceptance(id, v, { judgement: "GOOD_PROGRESS" }))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected" && r.reason instanceof ConflictError)).toHaveLength(1);
    expect(await prisma.snapshot.count({ where: { assessmentId: id, kind: "ACCEPTANCE" } })).toBe(1);
  });
});
