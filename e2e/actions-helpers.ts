import { expect, type Browser, type Page } from "@playwright/test";
import { addDays, ukDay } from "../lib/actions/rag.ts";
import { signIn } from "./helpers.ts";

// Driving the action pages: sign-ins in their own browser contexts, the action form, dashboard figures.

export async function signedIn(browser: Browser, email: string, options: { javaScriptEnabled?: boolean; width?: number } = {}) {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: { width: options.width ?? 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, email);
  return { page, context };
}

/** A due date `days` from today (UK), as YYYY-MM-DD. */
export const dueIn = (days: number) => addDays(ukDay(new Date()), days);

export type ActionFields = { title?: string; description?: string; questions?: string; owner?: string; due?: string; priority?: "High" | "Medium" | "Low"; evidenceRequired?: boolean };

export async function fillActionForm(page: Page, f: ActionFields): Promise<void> {
  if (f.title !== undefined) await page.getByLabel("Title", { exact: true }).fill(f.title);
  if (f.description !== undefined) await page.getByLabel("Description (optional)").fill(f.description);
  if (f.questions !== undefined) await page.getByLabel("Linked questions (optional)").fill(f.questions);
  if (f.owner !== undefined) await page.getByLabel("Owner", { exact: true }).selectOption({ label: f.owner });
  if (f.due !== undefined) {
    const [y, m, d] = f.due.split("-");
    await page.locator("#dueDate-day").fill(String(Number(d)));
    await page.locator("#dueDate-month").fill(String(Number(m)));
    await page.locator("#dueDate-year").fill(y!);
  }
  if (f.priority) await page.getByLabel(f.priority, { exact: true }).check();
  if (f.evidenceRequired) await page.getByLabel(/Evidence is needed before this action/).check();
}

/** Raises an action from /actions/new and returns its id and reference from the action page. */
export async function raiseAction(page: Page, f: ActionFields): Promise<{ id: string; reference: string }> {
  await page.goto("/actions/new");
  await fillActionForm(page, { priority: "Medium", due: dueIn(90), ...f });
  await page.getByRole("button", { name: "Raise the action" }).click();
  await expect(page.getByText("The action has been raised")).toBeVisible();
  return actionOnPage(page);
}

export async function actionOnPage(page: Page): Promise<{ id: string; reference: string }> {
  const id = /\/actions\/([^/?#]+)/.exec(page.url())![1]!;
  const reference = /[A-Z]+-A-\d{4}/.exec((await page.locator(".govuk-caption-l").first().textContent()) ?? "")![0];
  return { id, reference };
}

/** The number of a dashboard figure, by its label ("overdue", "complete", …). */
export async function figure(page: Page, label: string): Promise<string> {
  const box = page.locator(".app-key-figure").filter({ has: page.locator(".app-key-figure__label", { hasText: new RegExp(`^${label}$`) }) });
  return (await box.locator(".app-key-figure__value").textContent())?.trim() ?? "";
}
