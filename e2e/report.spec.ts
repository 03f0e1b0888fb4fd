import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { demoAnswersBySlug } from "../prisma/seed/demo-answers/index.ts";
import { staffordshire } from "../lib/reports/fixtures/staffordshire.ts";
import { wiltshire } from "../lib/reports/fixtures/wiltshire.ts";
import type { SeedReportFixture } from "../lib/reports/fixtures/types.ts";
import { docxParts } from "../lib/reports/test-support/docx-text.ts";
import { flatPdfText } from "../lib/reports/test-support/pdf-text.ts";
import { expectNoAxeViolations, signIn } from "./helpers.ts";
import { answerThroughApi, startHealthCheck } from "./journey-helpers.ts";

// The force status report through the real app: page, PDF and Word file state the force's
// figures; a draft is marked as one; the report is 404 outside the reader's scope.
// Demo forces are only read; the draft is Devon and Cornwall's (changed only here).

type ReportJson = {
  assessmentId: string;
  isDraft: boolean;
  headline: string;
  status: string;
  findings: { sentences: { text: string; codes: string[] }[] }[];
  facts: { code: string; value: unknown }[];
};

const flat = (s: string) => s.replace(/\s+/g, " ");

async function assessmentIdFor(request: APIRequestContext, slug: string): Promise<string> {
  const body = (await (await request.get("/api/v1/assessments")).json()) as { assessments: { id: string; force: { slug: string } }[] };
  const found = body.assessments.find((a) => a.force.slug === slug);
  expect(found, `an assessment for ${slug}`).toBeTruthy();
  return found!.id;
}

function expectFacts(text: string, fx: SeedReportFixture, where: string) {
  const lower = flat(text).toLowerCase();
  for (const fact of fx.facts) for (const words of fact.says) expect(lower, `${where}: ${fact.statement}`).toContain(words.toLowerCase());
}

async function download(page: Page, url: string, type: string): Promise<Buffer> {
  const res = await page.request.get(url);
  expect(res.status(), url).toBe(200);
  expect(res.headers()["content-type"]).toBe(type);
  expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename="[a-z0-9-]+\.(pdf|docx)"$/);
  return res.body();
}

const PDF = "application/pdf";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

test("the report, its PDF and its Word file state the force's figures", async ({ page }) => {
  await signIn(page, "psd@staffordshire.example.org");
  const id = await assessmentIdFor(page.request, "staffordshire");
  const json = (await (await page.request.get(`/api/v1/assessments/${id}/report`)).json()) as ReportJson;
  expect(json).toMatchObject({ assessmentId: id });
  // Every fact of the force's demo answers is stated, with the value as stored.
  for (const fact of demoAnswersBySlug.staffordshire!.facts) {
    const stated = json.facts.find((f) => f.code === fact.code);
    expect(stated, fact.statement).toBeDefined();
    if (typeof fact.expect === "object" && fact.expect !== null && !Array.isArray(fact.expect)) expect(stated!.value).toMatchObject(fact.expect as Record<string, unknown>);
    else expect(stated!.value).toEqual(fact.expect);
  }
  const h7 = json.findings.flatMap((g) => g.sentences).find((s) => s.codes.includes("H7"));
  expect(h7?.text).toBe("Between September 2011 and May 2012 the force received 84 applications for second jobs, 79 of which were approved.");

  await page.goto(`/assessments/${id}`);
  await page.getByRole("link", { name: /status report/ }).click();
  await expect(page).toHaveURL(`/assessments/${id}/report`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(json.headline);
  const article = page.locator("article");
  expectFacts(await article.innerText(), staffordshire, "page");
  await expect(page.getByText("Draft report", { exact: true })).toHaveCount(json.isDraft ? 1 : 0);

  const pdf = flatPdfText(await download(page, `/assessments/${id}/report/pdf`, PDF));
  expect(pdf).toContain(json.headline);
  expectFacts(pdf, staffordshire, "PDF");
  const docx = await docxParts(await download(page, `/assessments/${id}/report/docx`, DOCX));
  expect(docx.body).toContain(json.headline);
  expectFacts(docx.body, staffordshire, "Word");
});

test("a draft report is marked as a draft on the page, in print, in the PDF and in the Word file", async ({ page }) => {
  await signIn(page, "psd@devon-and-cornwall.example.org");
  const id = await startHealthCheck(page);
  await answerThroughApi(page, id, { C9: { total: 2, parts: { ongoing: 1 } }, H7: { total: 12, parts: { approved: 9 } }, D1: "under_review", D3: "2013-03-01" });
  await page.goto(`/assessments/${id}/report`);
  expect(await page.title()).toMatch(/^Draft: Devon and Cornwall Police status report/);
  await expect(page.locator("article.app-watermark")).toHaveCount(1);
  await expect(page.getByText("Draft report", { exact: true })).toBeVisible();
  await expect(page.getByText("This report is a draft and may change.")).toBeVisible();
  const text = flat(await page.locator("article").innerText());
  expect(text).toContain("Between September 2011 and May 2012 the force investigated two instances of inappropriate disclosure to the media, one of which was still ongoing");
  expect(text).toContain("Between September 2011 and May 2012 the force received 12 applications for second jobs, nine of which were approved.");
  expect(text).toContain("The force expects to publish its social media policy by 1 March 2013.");
  expect(text).toContain("The force has not answered the questions in this area yet.");

  // In print: no service header or downloads, and a DRAFT stamp that repeats on every page.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".app-report__print-stamp")).toBeVisible();
  await expect(page.locator(".app-header")).toBeHidden();
  await expect(page.getByRole("link", { name: "PDF" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await expect(page.locator(".app-report__print-stamp")).toBeHidden();

  const pdf = flatPdfText(await download(page, `/assessments/${id}/report/pdf`, PDF));
  expect(pdf).toContain("DRAFT REPORT This report is a draft and may change.");
  expect(pdf).toMatch(/\bDRAFT\b.*\bDRAFT\b/);
  expect(pdf).toContain("12 applications for second jobs, nine of which were approved.");
  const docx = await docxParts(await download(page, `/assessments/${id}/report/docx`, DOCX));
  expect(docx.body).toContain("DRAFT REPORT: This report is a draft and may change.");
  expect(docx.headers).toContain("DRAFT: not final");

  // Only the force may see its own draft: the inspector gets 404 for all of it.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/sign-in");
  await signIn(page, "inspector@inspectorate.example.org");
  await expectNotFound(page, id, "Devon and Cornwall");
});

async function expectNotFound(page: Page, id: string, forceName: string) {
  const res = await page.goto(`/assessments/${id}/report`);
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.locator("body")).not.toContainText(forceName);
  expect(await page.title()).not.toContain(forceName);
  for (const path of ["report/pdf", "report/docx"]) expect((await page.request.get(`/assessments/${id}/${path}`)).status(), path).toBe(404);
  expect((await page.request.get(`/api/v1/assessments/${id}/report`)).status()).toBe(404);
}

test("another force's PSD gets 404 for the report page, the files and the API", async ({ page }) => {
  await signIn(page, "psd@staffordshire.example.org");
  const id = await assessmentIdFor(page.request, "staffordshire");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/sign-in");
  await signIn(page, "psd@north-wales.example.org");
  await expectNotFound(page, id, "Staffordshire");
});

test("the inspector reads a submitted force's report", async ({ page }) => {
  await signIn(page, "inspector@inspectorate.example.org");
  const id = await assessmentIdFor(page.request, "wiltshire");
  const res = await page.goto(`/assessments/${id}/report`);
  expect(res?.status()).toBe(200);
  expectFacts(await page.locator("article").innerText(), wiltshire, "page");
  const json = (await (await page.request.get(`/api/v1/assessments/${id}/report`)).json()) as ReportJson;
  await expect(page.getByText("Draft report", { exact: true })).toHaveCount(json.isDraft ? 1 : 0);
  expect((await page.request.get(`/assessments/${id}/report/pdf`)).status()).toBe(200);
});

test("report pages have no axe violations and no sideways scrolling at 1280 and 320 px", async ({ page }) => {
  await signIn(page, "inspector@inspectorate.example.org");
  const ids = [await assessmentIdFor(page.request, "staffordshire"), await assessmentIdFor(page.request, "wiltshire")];
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    for (const id of ids) {
      await page.goto(`/assessments/${id}/report`);
      await expectNoAxeViolations(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
    }
  }
});
