import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Integrity-Demo-2012";
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** Waits for Next to stream the <title> after a navigation, so axe's document-title rule is fair. */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState("load");
  await expect.poll(() => page.title()).not.toBe("");
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  await settled(page);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * axe needs JavaScript, so a page fetched with JavaScript off is re-checked in a
 * JavaScript-enabled context with the app's scripts blocked.
 */
export async function expectNoAxeViolationsWithoutJs(browser: Browser, html: string, url: string): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route("**/*.js", (r) => r.abort());
  await page.route(url, (r) => r.fulfill({ status: 200, contentType: "text/html", body: html }));
  await page.goto(url);
  await expectNoAxeViolations(page);
  await context.close();
}

/** The GOV.UK error summary (Next's route announcer is also role=alert, so match by class). */
export function errorSummary(page: Page) {
  return page.locator(".govuk-error-summary");
}
