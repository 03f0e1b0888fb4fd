import { expect, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
import { answers as fixture } from "../prisma/seed/demo-answers/wiltshire.ts";
import { expectNoAxeViolations, signIn } from "./helpers.ts";
import { answerThroughApi, startHealthCheck } from "./journey-helpers.ts";

// The review journeys need a PSD, a chief officer and an inspector at once: each gets a browser
// context of their own, signed in.

export async function asUser(browser: Browser, email: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** PSD sends the health check for sign-off, through the page. */
export async function sendForSignOff(psd: Page, id: string): Promise<void> {
  await psd.goto(`/assessments/${id}/ready`);
  await psd.getByRole("button", { name: "Send to chief officer for sign-off" }).click();
  await expect(psd).toHaveURL(`/assessments/${id}?sent=1`);
}

/** The chief officer submits it to the inspectorate, through the page. */
export async function submitToInspectorate(chief: Page, id: string): Promise<void> {
  await chief.goto(`/assessments/${id}/sign-off`);
  await chief.getByLabel("Role").fill("Deputy Chief Constable");
  await chief.getByLabel(/I confirm that the answers are complete and accurate/).check();
  await chief.getByRole("button", { name: "Submit to the inspectorate" }).click();
  await expect(chief).toHaveURL(`/assessments/${id}/submitted`);
}

/** A force's 2012 health check, answered through the API and submitted through the pages. */
export async function submittedAssessment(browser: Browser, slug: string): Promise<{ id: string; psd: Page; chief: Page }> {
  const psd = await asUser(browser, `psd@${slug}.example.org`);
  const id = await startHealthCheck(psd);
  await answerThroughApi(psd, id, fixture);
  await sendForSignOff(psd, id);
  const chief = await asUser(browser, `chief@${slug}.example.org`);
  await submitToInspectorate(chief, id);
  return { id, psd, chief };
}

/** The 2012 assessment of a force, as the inspector's API lists it. */
export async function assessmentIdOf(inspector: Page, slug: string): Promise<string> {
  const body = (await (await inspector.request.get("/api/v1/assessments")).json()) as { assessments: { id: string; force: { slug: string }; cycle: { slug: string } }[] };
  const found = body.assessments.find((a) => a.force.slug === slug && a.cycle.slug === "2012-revisit");
  expect(found, slug).toBeDefined();
  return found!.id;
}

/** axe at 1280 px, then at 320 px with no sideways scrolling, then back. */
export async function checkAtBothWidths(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoAxeViolations(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `sideways scrolling at 320 px on ${page.url()}`).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 900 });
}
