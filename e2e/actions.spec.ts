import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { ACTION_EXPORT_HEADERS } from "../lib/actions/export-columns.ts";
import { errorSummary, expectNoAxeViolations } from "./helpers.ts";
import { startHealthCheck } from "./journey-helpers.ts";
import { parseCsv, readXlsx } from "./export-helpers.ts";
import { actionOnPage, dueIn, figure, fillActionForm, signedIn } from "./actions-helpers.ts";

// The action plan end to end: PSD raises an action from an answer's suggestion, filters the
// tracker, exports it, updates and completes it; the chief officer closes and reopens it and sees
// the dashboard follow. Force changed here: Northamptonshire. Warwickshire's demo actions are read.

const SUGGESTED = "Cross-check procurement registers with the gifts and hospitality register";

async function axeBothWidths(page: Page) {
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoAxeViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `no sideways scrolling at ${width}px on ${page.url()}`).toBeLessThanOrEqual(width);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function download(page: Page, link: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: link }).click()]);
  return fs.readFileSync(await file.path());
}

test("raise an action from a suggestion, track, export, complete, close and reopen it", async ({ browser }) => {
  test.setTimeout(180_000);
  const { page } = await signedIn(browser, "psd@northamptonshire.example.org");
  const assessmentId = await startHealthCheck(page);

  // An answer that shows a gap offers the suggested action, on the question page and on check answers.
  await page.goto(`/assessments/${assessmentId}/sections/F/F1`);
  await page.locator('input[name="F1"][value="partly"]').check();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).not.toHaveURL(/\/F1$/);
  await page.goto(`/assessments/${assessmentId}/sections/F/F1`);
  await expect(page.getByRole("heading", { name: `Suggested action: ${SUGGESTED}` })).toBeVisible();
  await page.goto(`/assessments/${assessmentId}/sections/F/check`);
  await axeBothWidths(page);
  // Every answer on check answers can start an action of its own.
  await expect(page.getByRole("link", { name: "Raise an action about F1" })).toHaveAttribute("href", `/actions/new?assessment=${assessmentId}&question=F1`);
  await page.getByRole("button", { name: "Accept and raise this action for question F1" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Raise the suggested action");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(SUGGESTED);
  await expect(page.getByLabel("Linked questions (optional)")).toHaveValue("F1");

  // Checked in the browser first: the due date is missing.
  await page.getByRole("button", { name: "Raise the action" }).click();
  await expect(errorSummary(page)).toContainText("Enter the date the action is due");
  await expect(page).toHaveTitle(/^Error: /);
  await axeBothWidths(page);
  await fillActionForm(page, { owner: "Head of procurement", due: dueIn(60) });
  await page.getByRole("button", { name: "Raise the action" }).click();
  await expect(page.getByText("The action has been raised")).toBeVisible();
  const { id, reference } = await actionOnPage(page);
  expect(reference).toMatch(/^NOR-A-\d{4}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SUGGESTED);
  await expect(page.locator(".app-rag")).toHaveText("On track");
  await expect(page.getByRole("table", { name: "Every change to this action" })).toContainText("Raised the action from the suggestion for question F1");
  await axeBothWidths(page);

  // Once raised, the suggestion is no longer offered.
  await page.goto(`/assessments/${assessmentId}/sections/F/F1`);
  await expect(page.getByText(/^Suggested action/)).toHaveCount(0);

  // The tracker: filters go into the address (a plain GET form), sorting by header links.
  await page.goto("/actions");
  await page.getByLabel("Search").fill("procurement registers");
  await page.getByLabel("Section").selectOption("F");
  await page.getByLabel("Not started").check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/status=NOT_STARTED/);
  await expect(page).toHaveURL(/section=F/);
  await expect(page).toHaveURL(/q=procurement\+registers/);
  const row = page.getByRole("row", { name: new RegExp(reference) });
  await expect(row).toContainText("On track");
  await expect(page.getByRole("heading", { name: "1 action matches your filters" })).toBeVisible();
  await page.getByRole("link", { name: /^Due \(sort latest first\)$/ }).click();
  await expect(page).toHaveURL(/sort=-due/);
  await expect(page.getByRole("columnheader", { name: /^Due/ })).toHaveAttribute("aria-sort", "descending");
  await axeBothWidths(page);

  // Exports carry every matching row, in words, and read back as a spreadsheet would.
  const csv = parseCsv((await download(page, "CSV")).toString("utf8"));
  expect(csv[0]).toEqual(ACTION_EXPORT_HEADERS);
  expect(csv).toHaveLength(2);
  const cell = (name: string) => csv[1]![ACTION_EXPORT_HEADERS.indexOf(name)];
  expect([cell("Reference"), cell("Title"), cell("Status"), cell("RAG"), cell("Priority"), cell("Owner"), cell("Due date"), cell("Sections"), cell("Linked questions")]).toEqual([
    reference, SUGGESTED, "Not started", "On track", "High", "Head of procurement", dueIn(60), "F", "F1",
  ]);
  const sheet = (await readXlsx(await download(page, "Excel (.xlsx)"))).get("Actions")!;
  expect(sheet[0]).toEqual(ACTION_EXPORT_HEADERS);
  expect(sheet).toHaveLength(2);
  expect(sheet[1]![0]).toBe(reference);
  expect((sheet[1]![ACTION_EXPORT_HEADERS.indexOf("Due date")] as Date).toISOString().slice(0, 10)).toBe(dueIn(60));
  // A view with no matches exports the header row alone.
  expect(parseCsv(await (await page.request.get("/actions/export/csv?rag=red&q=procurement+registers")).text())).toHaveLength(1);

  await page.getByRole("link", { name: "Print view" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Actions");
  await expect(page.getByRole("table", { name: "Actions" })).toContainText(reference);
  await expect(page.getByText("Section: F. Procurement and contracts")).toBeVisible();
  await axeBothWidths(page);

  // Progress, then completion (a note is needed).
  await page.goto(`/actions/${id}`);
  await page.getByRole("button", { name: "Add a progress update" }).click();
  await page.getByLabel("In progress").check();
  await page.getByLabel("What has happened since the last update").fill("Procurement team asked for the supplier list.");
  await page.getByRole("button", { name: "Add the update" }).click();
  await expect(page.getByText("Your progress update has been added")).toBeVisible();
  await expect(page.locator(".govuk-tag").first()).toHaveText("In progress");
  await page.getByRole("button", { name: "Mark as completed" }).click();
  await page.getByRole("button", { name: "Mark as completed" }).click();
  await expect(errorSummary(page)).toContainText("Enter a completion note that says what was done");
  await axeBothWidths(page);
  await page.getByLabel("Completion note").fill("Registers compared for every contract since September 2011; no matches.");
  await page.getByRole("button", { name: "Mark as completed" }).click();
  await expect(page.getByText(/The action has been marked as completed/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Edit the action" })).toHaveCount(0);

  // The chief officer sees it waiting, closes it, and the dashboard follows.
  const chief = (await signedIn(browser, "chief@northamptonshire.example.org")).page;
  await chief.goto("/chief");
  expect(await figure(chief, "waiting for you to verify")).toBe("1");
  expect(await figure(chief, "complete")).toBe("100%");
  expect(await figure(chief, "closed")).toBe("0");
  await axeBothWidths(chief);
  await chief.getByRole("link", { name: /waiting for you to verify/ }).first().click();
  await expect(chief).toHaveURL(/\/actions\?status=COMPLETED$/);
  await chief.getByRole("link", { name: SUGGESTED }).click();
  await chief.getByRole("button", { name: "Check and close" }).click();
  await expect(chief.getByText("Registers compared for every contract")).toBeVisible();
  await chief.getByRole("button", { name: "Close the action" }).click();
  await expect(chief.getByText("The action has been closed")).toBeVisible();
  await chief.goto("/chief");
  expect(await figure(chief, "waiting for you to verify")).toBe("0");
  expect(await figure(chief, "closed")).toBe("1");
  await expect(chief.getByRole("list", { name: "Closed in the last 30 days" })).toContainText(SUGGESTED);

  // Reopening needs a reason; the action is outstanding again.
  await chief.goto(`/actions/${id}/reopen`);
  await chief.getByRole("button", { name: "Reopen the action" }).click();
  await expect(errorSummary(chief)).toContainText("Enter why the action needs more work");
  await axeBothWidths(chief);
  await chief.getByLabel("Why the action needs more work").fill("Include the contracts let by the alliance partner.");
  await chief.getByRole("button", { name: "Reopen the action" }).click();
  await expect(chief.getByText("The action has been reopened")).toBeVisible();
  await chief.goto("/chief");
  expect(await figure(chief, "complete")).toBe("0%");
  expect(await figure(chief, "outstanding action")).toBe("1");
  await chief.getByRole("link", { name: /outstanding action/ }).click();
  await expect(chief.getByRole("row", { name: new RegExp(reference) })).toContainText("In progress");
});

test("inspectors read any force's actions of submitted health checks, and change nothing", async ({ browser }) => {
  const { page } = await signedIn(browser, "inspector@inspectorate.example.org");
  await page.goto("/actions?force=warwickshire");
  await expect(page.locator(".govuk-caption-l")).toHaveText("Warwickshire Police");
  await expect(page.getByRole("button", { name: "Raise an action" })).toHaveCount(0);
  await expect(page.getByRole("columnheader", { name: "Force" })).toBeVisible();
  await axeBothWidths(page);
  const first = page.locator(".app-col-title a").first();
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  for (const name of ["Mark as completed", "Add a progress update", "Edit the action", "Check and close", "Reopen", "Upload file"]) {
    // Button-styled links have role="button" (GOV.UK), like the form buttons.
    await expect(page.getByRole("button", { name })).toHaveCount(0);
  }
  await axeBothWidths(page);
  const base = new URL(page.url()).pathname;
  for (const rest of ["/edit", "/update", "/complete", "/close", "/reopen"]) {
    expect((await page.goto(`${base}${rest}`))?.status(), `${base}${rest}`).toBe(404);
  }
  expect((await page.goto("/actions/new"))?.status()).toBe(404);
});
