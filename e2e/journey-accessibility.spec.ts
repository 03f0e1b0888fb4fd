import { expect, test, type Page } from "@playwright/test";
import { answers as fixture } from "../prisma/seed/demo-answers/warwickshire.ts";
import { currentChecklist } from "../lib/checklist/index.ts";
import { errorSummary, expectNoAxeViolations, expectNoAxeViolationsWithoutJs, signIn } from "./helpers.ts";
import { startHealthCheck } from "./journey-helpers.ts";

// axe on every kind of page in the health check journey, wide and at 320 px, with and without JavaScript.

const PAGES = ["", "/sections/A/A1", "/sections/A/A2", "/sections/A/A3", "/sections/A/A5", "/sections/A/A12", "/sections/A/A13", "/sections/C/C2", "/sections/C/C9", "/sections/C/C11", "/sections/D/D12", "/sections/C/check", "/ready"];

async function fillByApi(page: Page, id: string) {
  for (const [code, value] of Object.entries(fixture)) {
    if (!currentChecklist.isShown(code, fixture)) continue;
    const res = await page.request.put(`/api/v1/assessments/${id}/answers/${code}`, { data: { value, version: 0 } });
    expect(res.status(), code).toBe(200);
  }
}

test("every journey page has no axe violations and no sideways scrolling", async ({ page, browser }) => {
  test.setTimeout(240_000);
  await signIn(page, "psd@bedfordshire.example.org");
  const id = await startHealthCheck(page);
  await fillByApi(page, id);
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    for (const p of PAGES) {
      await page.goto(`/assessments/${id}${p}`);
      await expect(page).toHaveURL(`/assessments/${id}${p}`);
      await expectNoAxeViolations(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow on ${p} at ${width}px`).toBeLessThanOrEqual(0);
    }
  }
  // Error states, with JavaScript on and off.
  await page.goto(`/assessments/${id}/sections/C/C9`);
  await page.locator("#C9").fill("-4");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(errorSummary(page)).toBeVisible();
  await expectNoAxeViolations(page);

  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const p2 = await noJs.newPage();
  await signIn(p2, "psd@bedfordshire.example.org");
  await p2.goto(`/assessments/${id}/sections/A/A3`);
  await p2.locator("#A3-day").fill("31");
  await p2.locator("#A3-month").fill("2");
  await p2.getByRole("button", { name: "Save and continue" }).click();
  await expect(errorSummary(p2)).toBeVisible();
  await expectNoAxeViolationsWithoutJs(browser, await p2.content(), p2.url());
  await noJs.close();
});

test("a question can be answered by keyboard alone", async ({ page }) => {
  await signIn(page, "psd@hertfordshire.example.org");
  const id = await startHealthCheck(page);
  await page.goto(`/assessments/${id}/sections/A/A1`);
  // Focus the first option, choose it with the space bar, tab to the button and press Enter.
  await page.locator("#A1").focus();
  await page.keyboard.press("Space");
  const save = page.getByRole("button", { name: "Save and continue" });
  for (let i = 0; i < 5 && !(await save.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(save).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).not.toHaveURL(/\/A1$/);
  const stored = await (await page.request.get(`/api/v1/assessments/${id}`)).json();
  expect(stored.answers.A1.value).toBe("yes");
});
