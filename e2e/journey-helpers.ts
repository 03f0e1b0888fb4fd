import { expect, type Page } from "@playwright/test";
import { currentChecklist } from "../lib/checklist/index.ts";
import type { QuestionDefinition } from "../lib/checklist/types.ts";

// Drives the real question pages: fills whatever the fixture holds for the question on screen.

export async function startHealthCheck(page: Page): Promise<string> {
  await page.goto("/psd");
  await page.getByRole("button", { name: /Start the 2012 revisit health check/ }).click();
  await expect(page).toHaveURL(/\/assessments\/[^/]+$/);
  return page.url().split("/assessments/")[1]!;
}

export function questionOnPage(page: Page): QuestionDefinition | null {
  const m = /\/sections\/[A-Z]\/([A-Z]\d+)$/.exec(new URL(page.url()).pathname);
  return m ? (currentChecklist.questionByCode.get(m[1]!) ?? null) : null;
}

export async function fillAnswer(page: Page, q: QuestionDefinition, value: unknown): Promise<void> {
  if (value === undefined) return;
  const form = page.locator("main form").first();
  switch (q.type) {
    case "whole_number": {
      const v = value as { total: number; parts?: Record<string, number> };
      await form.locator(`#${q.code}`).fill(String(v.total));
      for (const [k, n] of Object.entries(v.parts ?? {})) await form.locator(`#${q.code}-${k}`).fill(String(n));
      return;
    }
    case "date": {
      const [y, m, d] = String(value).split("-");
      await form.locator(`#${q.code}-day`).fill(String(Number(d)));
      await form.locator(`#${q.code}-month`).fill(String(Number(m)));
      await form.locator(`#${q.code}-year`).fill(y!);
      return;
    }
    case "text":
      await form.locator(`#${q.code}`).fill(String(value));
      return;
    case "evidence":
      await form.locator(`#${q.code}-note`).fill((value as { note: string }).note);
      return;
    default:
      for (const v of Array.isArray(value) ? value : [value]) await form.locator(`input[name="${q.code}"][value="${String(v)}"]`).check();
  }
}

/** Answers every question of a section from the fixture, then marks the section completed. */
export async function completeSection(page: Page, assessmentId: string, sectionCode: string, fixture: Record<string, unknown>): Promise<void> {
  await page.goto(`/assessments/${assessmentId}/sections/${sectionCode}`);
  for (let guard = 0; guard < 40; guard++) {
    if (page.url().endsWith("/check")) break;
    const q = questionOnPage(page);
    expect(q, `a question page, not ${page.url()}`).not.toBeNull();
    await fillAnswer(page, q!, fixture[q!.code]);
    const before = page.url();
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page).not.toHaveURL(before);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
  await page.getByLabel("Yes, I’ve completed this section").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(`/assessments/${assessmentId}`);
}

/** Answers through the API, as the question pages would have saved them (first saves: version 0). */
export async function answerThroughApi(page: Page, id: string, fixture: Record<string, unknown>, except: readonly string[] = []): Promise<void> {
  for (const [code, value] of Object.entries(fixture)) {
    if (except.includes(code)) continue;
    const res = await page.request.put(`/api/v1/assessments/${id}/answers/${code}`, { data: { value, version: 0 } });
    expect(res.status(), `saving ${code}`).toBe(200);
  }
}
