import { expect, test } from "@playwright/test";
import { errorSummary, expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from "./helpers.ts";
import { actionOnPage, dueIn, fillActionForm, raiseAction, signedIn } from "./actions-helpers.ts";

// The action forms without JavaScript, and two people editing one action. Force changed here: West Yorkshire.

test("the action forms work with JavaScript off, keeping what was typed", async ({ browser }) => {
  const { page, context } = await signedIn(browser, "psd@west-yorkshire.example.org", { javaScriptEnabled: false });
  await page.goto("/actions/new");
  await page.getByLabel("Title", { exact: true }).fill("Review the second jobs register every year");
  await page.getByRole("button", { name: "Raise the action" }).click();
  await expect(errorSummary(page)).toContainText("Enter the date the action is due");
  await expect(errorSummary(page)).toContainText("Select the priority of the action");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Review the second jobs register every year");
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoAxeViolationsWithoutJs(browser, await page.content(), page.url());
  }
  await fillActionForm(page, { due: dueIn(10), priority: "Low", questions: "H1" });
  await page.getByRole("button", { name: "Raise the action" }).click();
  await expect(page.getByText("The action has been raised")).toBeVisible();
  const { id } = await actionOnPage(page);
  await expect(page.locator(".app-rag")).toHaveText("Due soon");

  await page.getByRole("button", { name: "Add a progress update" }).click();
  await page.getByRole("button", { name: "Add the update" }).click();
  await expect(errorSummary(page)).toContainText("Enter what has happened since the last update");
  await expectNoAxeViolationsWithoutJs(browser, await page.content(), page.url());
  await page.getByLabel("Blocked").check();
  await page.getByLabel("What has happened since the last update").fill("Waiting for HR to share the register.");
  await page.getByRole("button", { name: "Add the update" }).click();
  await expect(page.getByText("Your progress update has been added")).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/actions/${id}\\?done=progress$`));
  await expect(page.getByText("Waiting for HR to share the register.")).toBeVisible();
  await context.close();
});

test("a stale edit is never saved over someone else's: it shows the action as it is now", async ({ browser }) => {
  const a = (await signedIn(browser, "psd@west-yorkshire.example.org")).page;
  const b = (await signedIn(browser, "chief@west-yorkshire.example.org")).page;
  const { id } = await raiseAction(a, { title: "Publish chief officers' registers", owner: "Chief officer team", priority: "Medium" });
  await a.goto(`/actions/${id}/edit`);
  await b.goto(`/actions/${id}/edit`);
  await fillActionForm(b, { title: "Publish chief officers' registers online" });
  await b.getByRole("button", { name: "Save changes" }).click();
  await expect(b.getByText("Your changes have been saved")).toBeVisible();

  await fillActionForm(a, { priority: "High" });
  await a.getByRole("button", { name: "Save changes" }).click();
  const banner = a.getByRole("region", { name: "Important" });
  await expect(banner).toContainText("Someone else changed this action after you opened it");
  await expect(banner).toContainText("Publish chief officers' registers online");
  await expect(a.getByLabel("High", { exact: true })).toBeChecked();
  for (const width of [1280, 320]) {
    await a.setViewportSize({ width, height: 900 });
    await expectNoAxeViolations(a);
  }
  // Saving again, knowingly, applies this change on top of the current version.
  await fillActionForm(a, { title: "Publish chief officers' registers online" });
  await a.getByRole("button", { name: "Save changes" }).click();
  await expect(a.getByText("Your changes have been saved")).toBeVisible();
  await expect(a.getByRole("heading", { level: 1 })).toHaveText("Publish chief officers' registers online");
  await expect(a.getByText("High", { exact: true })).toBeVisible();
});
