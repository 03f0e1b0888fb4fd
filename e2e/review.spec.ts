import { expect, test, type Page } from "@playwright/test";
import { docxParts } from "../lib/reports/test-support/docx-text.ts";
import { flatPdfText } from "../lib/reports/test-support/pdf-text.ts";
import { errorSummary, expectNoAxeViolationsWithoutJs } from "./helpers.ts";
import { asUser, assessmentIdOf, checkAtBothWidths, sendForSignOff, submittedAssessment, submitToInspectorate } from "./review-helpers.ts";

// The inspectorate's review through the real app: query two answers and return the assessment,
// the force responds (changing one answer) and resubmits, the inspector sees exactly that change
// and accepts with "some progress"; then nothing can change. Forces changed only here:
// hampshire (JavaScript on), thames-valley (JavaScript off) and essex (the JSON API). The demo
// forces are only read.

test.describe.configure({ timeout: 300_000 });

const INSPECTOR = "inspector@inspectorate.example.org";
const C9_QUERY = "Please say how many of the three investigations led to misconduct proceedings.";
const H7_QUERY = "How many of the 36 applications were refused?";

async function queryAnswer(inspector: Page, id: string, code: string, comment: string, check = false): Promise<void> {
  await inspector.goto(`/assessments/${id}/review`);
  await inspector.getByRole("link", { name: `Query the answer to ${code}` }).click();
  await expect(inspector.getByRole("heading", { level: 1 })).toHaveText(`Query the answer to ${code}`);
  if (check) {
    await checkAtBothWidths(inspector);
    await inspector.getByRole("button", { name: "Save the query" }).click();
    await expect(errorSummary(inspector)).toContainText("Enter your query: say what the force needs to explain or change");
    await expect(inspector).toHaveTitle(/^Error: /);
    await checkAtBothWidths(inspector);
  }
  await inspector.getByLabel("Your query").fill(comment);
  await inspector.getByRole("button", { name: "Save the query" }).click();
  await expect(inspector.getByText(`You queried the answer to ${code}`)).toBeVisible();
}

async function respond(psd: Page, id: string, section: string, code: string, response: string): Promise<void> {
  await psd.goto(`/assessments/${id}/sections/${section}/${code}`);
  await psd.getByLabel(`Your response to the query on ${code}`).fill(response);
  await psd.getByRole("button", { name: "Save your response" }).click();
  await expect(psd.getByText(/^Response saved by /)).toBeVisible();
}

type ReportJson = { isDraft: boolean; headline: string; findings: { sentences: { text: string; codes: string[] }[] }[] };
const flat = (s: string) => s.replace(/\s+/g, " ");

async function download(page: Page, url: string): Promise<Buffer> {
  const res = await page.request.get(url);
  expect(res.status(), url).toBe(200);
  return res.body();
}

/** The accepted report: not a draft, headed with the judgement, every sentence on the page and in both files. */
async function expectReportStates(page: Page, id: string, force: string, summary: string): Promise<void> {
  const report = (await (await page.request.get(`/api/v1/assessments/${id}/report`)).json()) as ReportJson;
  expect(report.isDraft).toBe(false);
  expect(report.headline).toBe(`${force} has made some improvements to how it identifies, monitors and manages integrity issues`);
  const sentences = report.findings.flatMap((g) => g.sentences.map((s) => s.text));
  const h7 = report.findings.flatMap((g) => g.sentences).find((s) => s.codes.includes("H7"));
  expect(h7?.text).toContain("36 applications");
  expect(sentences.join(" ")).toContain("three instances");
  await page.goto(`/assessments/${id}/report`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(report.headline);
  const pageText = flat(await page.locator("article").innerText());
  const pdf = flatPdfText(await download(page, `/assessments/${id}/report/pdf`));
  const docx = flat((await docxParts(await download(page, `/assessments/${id}/report/docx`))).body);
  for (const [where, text] of [["page", pageText], ["PDF", pdf], ["Word", docx]] as const) {
    expect(text, where).toContain(report.headline);
    expect(text, where).toContain(summary);
    expect(text, where).toContain("Morgan Ellery");
    for (const sentence of sentences) expect(text, `${where}: ${sentence}`).toContain(flat(sentence));
  }
}

test("query two answers and return; the force responds and resubmits; the inspector sees the change and accepts", async ({ browser }) => {
  const { id, psd, chief } = await submittedAssessment(browser, "hampshire");
  const inspector = await asUser(browser, INSPECTOR);

  // The queue: Hampshire waits for review; the region filter lives in the URL.
  await inspector.goto("/review");
  await expect(inspector.getByRole("heading", { level: 1 })).toHaveText("Review submitted assessments");
  const row = inspector.getByRole("row", { name: /Hampshire Constabulary/ });
  await expect(row).toContainText("Awaiting review");
  await expect(row).toContainText("with the inspectorate");
  await checkAtBothWidths(inspector);
  await inspector.getByLabel("Region").selectOption("Wales and Western");
  await inspector.getByLabel("Cycle").selectOption("2012-revisit");
  await inspector.getByRole("button", { name: "Apply filters" }).click();
  await expect(inspector).toHaveURL(/region=Wales\+and\+Western&cycle=2012-revisit/);
  await expect(inspector.getByRole("row", { name: /Hampshire Constabulary/ })).toHaveCount(0);
  await expect(inspector.getByRole("row", { name: /Wiltshire Police/ })).toBeVisible();
  await inspector.goto("/review?region=Eastern&status=SUBMITTED");
  await inspector.getByRole("link", { name: "Hampshire Constabulary" }).click();
  await expect(inspector).toHaveURL(`/assessments/${id}/review`);
  await checkAtBothWidths(inspector);

  // Two queries (the first after forgetting the comment) and one acceptance.
  await queryAnswer(inspector, id, "C9", C9_QUERY, true);
  await checkAtBothWidths(inspector);
  await queryAnswer(inspector, id, "H7", H7_QUERY);
  await inspector.getByRole("button", { name: "Accept the answer to C2" }).click();
  await expect(inspector.getByText("You accepted the answer to C2")).toBeVisible();

  // Return, after checking the queries.
  await inspector.getByRole("button", { name: "Return to the force" }).click();
  await expect(inspector.getByRole("heading", { level: 1 })).toHaveText("Check your queries before returning the assessment");
  await expect(inspector.locator(".govuk-summary-list__row")).toHaveCount(2);
  await expect(inspector.locator("main")).toContainText(C9_QUERY);
  await expect(inspector.locator("main")).toContainText(H7_QUERY);
  await checkAtBothWidths(inspector);
  await inspector.getByRole("button", { name: "Return to the force" }).click();
  await expect(inspector).toHaveURL(`/assessments/${id}/review/done`);
  await expect(inspector.getByRole("heading", { level: 1 })).toHaveText("Assessment returned to the force");
  await checkAtBothWidths(inspector);

  // The force: the task list lists the queries; PSD cannot send it back before answering them all.
  await psd.goto(`/assessments/${id}`);
  const banner = psd.getByRole("region", { name: "Returned by the inspectorate" });
  await expect(banner.getByRole("link")).toHaveText([/^C9\. /, /^H7\. /]);
  await checkAtBothWidths(psd);
  await banner.getByRole("link", { name: /^C9\. / }).click();
  await expect(psd.getByRole("heading", { name: "The inspector’s query" })).toBeVisible();
  await expect(psd.locator("#query")).toContainText(C9_QUERY);
  await checkAtBothWidths(psd);
  await psd.getByRole("button", { name: "Save your response" }).click();
  await expect(psd.locator("#query .govuk-error-summary")).toContainText("Enter your response to the inspector’s query");
  await respond(psd, id, "C", "C9", "One of the three led to a misconduct hearing; the other two are still open.");
  await psd.goto(`/assessments/${id}/ready`);
  await expect(psd.getByRole("heading", { level: 1 })).toHaveText("You cannot send this for sign-off yet");
  // H7: the answer changes and the response says why.
  await psd.goto(`/assessments/${id}/sections/H/H7`);
  await psd.locator("#H7-refused").fill("11");
  await psd.getByRole("button", { name: "Save and continue" }).click();
  await expect(psd).not.toHaveURL(/\/H7$/);
  await respond(psd, id, "H", "H7", "Eleven were refused. We have added the figure to the answer.");
  await sendForSignOff(psd, id);
  await submitToInspectorate(chief, id);

  // Exactly one change, marked; the queries show the force's responses.
  await inspector.goto(`/assessments/${id}/review`);
  const changes = inspector.getByRole("table", { name: "1 answer changed" });
  await expect(changes.locator("tbody tr")).toHaveCount(1);
  await expect(changes.locator("tbody tr")).toContainText("H7.");
  await expect(changes.locator("tbody tr")).toContainText("36 applications (of which 25 approved)");
  await expect(changes.locator("tbody tr")).toContainText("36 applications (of which 25 approved, 11 refused)");
  await expect(inspector.locator("#q-C9")).toContainText("Query answered");
  await expect(inspector.locator("#q-C9")).toContainText("One of the three led to a misconduct hearing");
  await expect(inspector.locator("#q-C2")).toContainText("Accepted before");
  await checkAtBothWidths(inspector);
  const api = (await (await inspector.request.get(`/api/v1/assessments/${id}/review`)).json()) as { round: number; changes: { code: string }[] };
  expect(api.round).toBe(2);
  expect(api.changes.map((c) => c.code)).toEqual(["H7"]);

  // Accept with "some progress", after the form catches what is missing.
  await inspector.getByRole("button", { name: "Accept the assessment" }).click();
  await expect(inspector.getByRole("heading", { level: 1 })).toHaveText("Accept the assessment");
  await checkAtBothWidths(inspector);
  await inspector.getByRole("button", { name: "Accept the assessment" }).click();
  await expect(errorSummary(inspector)).toContainText("Select the force’s overall judgement");
  await expect(errorSummary(inspector)).toContainText("Enter a summary of the inspectorate’s findings");
  await expect(errorSummary(inspector)).toContainText("Enter the name of the HM Inspector to be quoted");
  await checkAtBothWidths(inspector);
  await inspector.getByLabel("Some progress (Amber)").check();
  await inspector.getByLabel("C. Media relationships", { exact: false }).selectOption("GOOD_PROGRESS");
  await inspector.getByLabel("Summary of the inspectorate’s findings").fill("Hampshire has made some improvements, with more to do on second jobs.");
  await inspector.getByLabel("Name of the HM Inspector to be quoted").fill("Morgan Ellery");
  await inspector.getByRole("button", { name: "Accept the assessment" }).click();
  await expect(inspector).toHaveURL(`/assessments/${id}/review/done`);
  await expect(inspector.getByRole("heading", { level: 1 })).toHaveText("Assessment accepted");
  await expect(inspector.locator("main")).toContainText("Amber: some progress");
  await checkAtBothWidths(inspector);

  // The force's status report, as a page, a PDF and a Word file, states the judgement and the answered figures.
  await expectReportStates(inspector, id, "Hampshire Constabulary", "Hampshire has made some improvements, with more to do on second jobs.");

  // Accepted is read-only: the force cannot change an answer, and the question page shows none to change.
  const refused = await psd.request.put(`/api/v1/assessments/${id}/answers/A13`, { data: { value: "Too late", version: 0 } });
  expect(refused.status()).toBe(403);
  await psd.goto(`/assessments/${id}/sections/C/C9`);
  await expect(psd).toHaveURL(`/assessments/${id}/sections/C/check`);
  await expect(psd.getByRole("link", { name: /^(Change|Answer) / })).toHaveCount(0);
  await expect(psd.getByRole("group", { name: "Have you completed this section?" })).toHaveCount(0);
  const decided = await inspector.request.post(`/api/v1/assessments/${id}/review/queries`, { data: { code: "C9", decision: "accept" } });
  expect(decided.status()).toBe(403);

  // A force user never reaches the review, by page or API.
  for (const path of ["/review", `/assessments/${id}/review`, `/assessments/${id}/review/accept`, `/assessments/${id}/review/questions/C9`]) {
    expect((await psd.goto(path))?.status(), path).toBe(404);
  }
  expect((await psd.request.get(`/api/v1/assessments/${id}/review`)).status()).toBe(404);
  expect((await chief.request.post(`/api/v1/assessments/${id}/review/queries`, { data: { code: "C9", decision: "accept" } })).status()).toBe(404);
});

test("the review forms work without JavaScript", async ({ browser }) => {
  const { id, psd, chief } = await submittedAssessment(browser, "thames-valley");
  const inspector = await asUser(browser, INSPECTOR, { javaScriptEnabled: false });
  const noJsPsd = await asUser(browser, "psd@thames-valley.example.org", { javaScriptEnabled: false });

  await inspector.goto(`/assessments/${id}/review/questions/C9`);
  await inspector.getByRole("button", { name: "Save the query" }).click();
  await expect(errorSummary(inspector)).toContainText("Enter your query");
  await expectNoAxeViolationsWithoutJs(browser, await inspector.content(), inspector.url());
  await inspector.getByLabel("Your query").fill(C9_QUERY);
  await inspector.getByRole("button", { name: "Save the query" }).click();
  await expect(inspector.getByText("You queried the answer to C9")).toBeVisible();
  await inspector.getByRole("button", { name: "Accept the answer to C2" }).click();
  await expect(inspector.getByText("You accepted the answer to C2")).toBeVisible();
  await inspector.goto(`/assessments/${id}/review/return`);
  await inspector.getByRole("button", { name: "Return to the force" }).click();
  await expect(inspector.getByRole("heading", { level: 1 })).toHaveText("Assessment returned to the force");

  await noJsPsd.goto(`/assessments/${id}/sections/C/C9`);
  await noJsPsd.getByRole("button", { name: "Save your response" }).click();
  await expect(noJsPsd.locator("#query .govuk-error-summary")).toContainText("Enter your response to the inspector’s query");
  await expectNoAxeViolationsWithoutJs(browser, await noJsPsd.content(), noJsPsd.url());
  await noJsPsd.getByLabel("Your response to the query on C9").fill("None did.");
  await noJsPsd.getByRole("button", { name: "Save your response" }).click();
  await expect(noJsPsd.getByText(/^Response saved by /)).toBeVisible();
  await sendForSignOff(psd, id);
  await submitToInspectorate(chief, id);

  await inspector.goto(`/assessments/${id}/review/accept`);
  await inspector.getByRole("button", { name: "Accept the assessment" }).click();
  await expect(errorSummary(inspector)).toContainText("Select the force’s overall judgement");
  await expectNoAxeViolationsWithoutJs(browser, await inspector.content(), inspector.url());
  await inspector.getByLabel("Good progress (Green)").check();
  await inspector.getByLabel("Summary of the inspectorate’s findings").fill("Good progress on every recommendation.");
  await inspector.getByLabel("Name of the HM Inspector to be quoted").fill("Morgan Ellery");
  await inspector.getByRole("button", { name: "Accept the assessment" }).click();
  await expect(inspector.getByRole("heading", { level: 1 })).toHaveText("Assessment accepted");
  await expect(inspector.locator("main")).toContainText("Green: good progress");
});

test("the review API: 401, 422, 404, 409 and 403, with the same rules as the pages", async ({ browser, playwright }) => {
  const { id, psd } = await submittedAssessment(browser, "essex");
  const inspector = await asUser(browser, INSPECTOR);
  const url = (rest: string) => `/api/v1/assessments/${id}/review${rest}`;
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  expect((await anonymous.post(url("/queries"), { data: { code: "C9", decision: "accept" } })).status()).toBe(401);
  await anonymous.dispose();

  const version = async () => ((await (await inspector.request.get(url(""))).json()) as { version: number }).version;
  expect((await inspector.request.post(url("/queries"), { data: "not json" })).status()).toBe(422);
  const noComment = await inspector.request.post(url("/queries"), { data: { code: "C9", decision: "query", comment: " " } });
  expect(noComment.status()).toBe(422);
  expect(await noComment.json()).toMatchObject({ fieldErrors: { comment: expect.stringContaining("Enter your query") } });
  expect((await inspector.request.post(url("/queries"), { data: { code: "Z99", decision: "accept" } })).status()).toBe(404);
  expect((await inspector.request.post(url("/return"), { data: { version: await version() } })).status()).toBe(422);
  const queried = await inspector.request.post(url("/queries"), { data: { code: "C9", decision: "query", comment: C9_QUERY } });
  expect(queried.status()).toBe(200);
  const accept = await inspector.request.post(url("/accept"), {
    data: { version: await version(), judgement: "SOME_PROGRESS", summary: "S", inspectorName: "N", inspectorRegion: "Eastern" },
  });
  expect(accept.status()).toBe(422);
  expect(await accept.json()).toMatchObject({ fieldErrors: { queries: expect.stringContaining("accept it or return the assessment") } });
  expect((await inspector.request.post(url("/return"), { data: { version: (await version()) - 1 } })).status()).toBe(409);
  expect((await psd.request.post(url("/return"), { data: { version: await version() } })).status()).toBe(404);
  const other = await asUser(browser, "psd@hampshire.example.org");
  expect((await other.request.post(url("/queries"), { data: { code: "C9", decision: "accept" } })).status()).toBe(404);

  const returned = await inspector.request.post(url("/return"), { data: { version: await version() } });
  expect(returned.status()).toBe(200);
  expect(await returned.json()).toMatchObject({ status: "RETURNED", queries: [{ code: "C9", comment: C9_QUERY }] });
  expect((await inspector.request.post(url("/queries"), { data: { code: "C2", decision: "accept" } })).status()).toBe(403);
  expect((await inspector.request.post(url("/accept"), { data: { version: await version(), judgement: "SOME_PROGRESS" } })).status()).toBe(422);
});

test("the demo: two assessments accepted, two waiting; every review page is accessible at 1280 and 320 px", async ({ browser }) => {
  const inspector = await asUser(browser, INSPECTOR);
  const waiting = await assessmentIdOf(inspector, "warwickshire");
  const accepted = await assessmentIdOf(inspector, "staffordshire");
  await inspector.goto("/review?status=ACCEPTED&cycle=2012-revisit");
  await expect(inspector.getByRole("row", { name: /Staffordshire Police/ })).toContainText("Amber: some progress");
  await expect(inspector.getByRole("row", { name: /West Mercia Police/ })).toContainText("Amber: some progress");
  await checkAtBothWidths(inspector);
  for (const path of [`/assessments/${waiting}/review`, `/assessments/${waiting}/review/accept`, `/assessments/${waiting}/review/return`, `/assessments/${waiting}/review/questions/C9`]) {
    await inspector.goto(path);
    await checkAtBothWidths(inspector);
  }
  await inspector.goto(`/assessments/${accepted}/review`);
  await expect(inspector.locator("main")).toContainText("Morgan Ellery, Wales and Western region");
  await expect(inspector.getByRole("link", { name: /^Query the answer/ })).toHaveCount(0);
  await checkAtBothWidths(inspector);
  await inspector.goto(`/assessments/${accepted}/review/done`);
  await expect(inspector.getByRole("heading", { level: 1 })).toHaveText("Assessment accepted");
  await checkAtBothWidths(inspector);
});
