import { expect, test } from "@playwright/test";
import { currentChecklist } from "../lib/checklist/index.ts";
import { answers as fixture } from "../prisma/seed/demo-answers/warwickshire.ts";
import { errorSummary, expectNoAxeViolations, signIn } from "./helpers.ts";
import { completeSection, fillAnswer, startHealthCheck } from "./journey-helpers.ts";

// Issue 4's "done when": a PSD user enters a real force's answers from its published report,
// page by page, and nothing is lost on the way.

test.describe.configure({ timeout: 300_000 });

test("PSD staff fill in a whole health check from a real report, fixing one error on the way", async ({ page }) => {
  await signIn(page, "psd@avon-and-somerset.example.org");
  const id = await startHealthCheck(page);
  await expectNoAxeViolations(page);

  // One validation error, corrected without losing anything.
  await page.goto(`/assessments/${id}/sections/C/C9`);
  await page.locator("#C9").fill("two");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(errorSummary(page)).toContainText("must be a number, like 35");
  await expect(page.locator("#C9")).toHaveValue("two");
  await expectNoAxeViolations(page);
  await fillAnswer(page, currentChecklist.questionByCode.get("C9")!, fixture.C9);
  await page.getByRole("button", { name: "Save and come back later" }).click();
  await expect(page).toHaveURL(`/assessments/${id}?saved=C9`);

  for (const section of currentChecklist.definition.sections) {
    await completeSection(page, id, section.code, fixture);
  }
  await expect(page.locator("#progress")).toHaveText("You have completed all sections.");
  await expectNoAxeViolations(page);

  const stored = (await (await page.request.get(`/api/v1/assessments/${id}`)).json()) as { answers: Record<string, { value: unknown }> };
  const values = Object.fromEntries(Object.entries(stored.answers).map(([k, v]) => [k, v.value]));
  const expected = Object.fromEntries(Object.entries(fixture).filter(([code]) => currentChecklist.isShown(code, fixture)));
  expect(values).toEqual(expected);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("a section can be answered, checked and completed", async ({ page }) => {
    await signIn(page, "psd@leicestershire.example.org");
    const id = await startHealthCheck(page);
    await page.goto(`/assessments/${id}/sections/H/H7`);
    await page.locator("#H7").fill("35");
    await page.locator("#H7-approved").fill("36");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(errorSummary(page)).toContainText("cannot be more than the total");
    await expect(page.locator("#H7")).toHaveValue("35");
    await page.locator("#H7-approved").fill("33");
    await page.getByRole("button", { name: "Save and come back later" }).click();
    await expect(page).toHaveURL(`/assessments/${id}?saved=H7`);
    await completeSection(page, id, "H", { ...fixture, H7: { total: 35, parts: { approved: 33 } } });
    const stored = await (await page.request.get(`/api/v1/assessments/${id}`)).json();
    expect(stored.answers.H7.value).toEqual({ total: 35, parts: { approved: 33 } });
  });
});
