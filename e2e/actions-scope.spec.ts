import { expect, test } from "@playwright/test";
import * as fx from "../lib/evidence/test-fixtures.ts";
import { errorSummary } from "./helpers.ts";
import { startHealthCheck } from "./journey-helpers.ts";
import { parseCsv } from "./export-helpers.ts";
import { raiseAction, signedIn } from "./actions-helpers.ts";

// Force boundaries of every action page, and evidence a completion needs. Cambridgeshire's PSD
// raises an action (changed here); West Yorkshire's people, an inspector and an administrator try
// to reach it (they only read).

test("an action is out of reach, at every step, for anyone outside its force", async ({ browser }) => {
  test.setTimeout(120_000);
  const { page } = await signedIn(browser, "psd@cambridgeshire.example.org");
  const assessmentId = await startHealthCheck(page);
  const { id, reference } = await raiseAction(page, { title: "Check suppliers against staff business interests", owner: "Head of procurement", questions: "F5", evidenceRequired: true });

  // Completing needs the evidence the action asked for; the error links to it.
  await page.getByRole("button", { name: "Mark as completed" }).click();
  await page.getByLabel("Completion note").fill("Every supplier checked against the register.");
  await page.getByRole("button", { name: "Mark as completed" }).click();
  await expect(errorSummary(page)).toContainText("Add evidence of what was done before you mark this action as completed");
  await expect(errorSummary(page).getByRole("link")).toHaveAttribute("href", "#evidence");
  await expect(page.getByLabel("Completion note")).toHaveValue("Every supplier checked against the register.");
  await page.goto(`/actions/${id}`);
  await page.getByLabel("Upload a file").setInputFiles({ name: "Supplier check.pdf", mimeType: "application/pdf", buffer: Buffer.from(fx.pdf("Supplier check")) });
  await page.locator("#upload-marking").check();
  await page.getByRole("button", { name: "Upload file" }).click();
  await expect(page.getByText("Your file has been uploaded")).toBeVisible();
  const fileHref = (await page.getByRole("link", { name: "Supplier check.pdf" }).getAttribute("href"))!;
  expect((await page.request.get(fileHref)).status()).toBe(200);

  const urls = ["", "/edit", "/update", "/complete", "/close", "/reopen"].map((rest) => `/actions/${id}${rest}`);
  const others = ["psd@west-yorkshire.example.org", "chief@west-yorkshire.example.org", "inspector@inspectorate.example.org", "admin@example.org"];
  for (const email of others) {
    const other = (await signedIn(browser, email)).page;
    for (const url of [...urls, fileHref, `/actions/new?assessment=${assessmentId}&question=F5`]) {
      expect((await other.goto(url))?.status(), `${email} ${url}`).toBe(404);
    }
    if (email.startsWith("admin")) {
      expect((await other.goto("/actions"))?.status()).toBe(404);
      expect((await other.request.get(`/actions/export/csv?q=${reference}`)).status()).toBe(404);
      continue;
    }
    // Not in their tracker, their exports or their print view either.
    await other.goto(`/actions?q=${reference}`);
    await expect(other.getByRole("heading", { name: "0 actions match your filters" })).toBeVisible();
    expect(parseCsv(await (await other.request.get(`/actions/export/csv?q=${reference}`)).text())).toHaveLength(1);
    await other.goto(`/actions/print?q=${reference}`);
    await expect(other.getByText("No actions match these filters.")).toBeVisible();
  }
  // The chief officer of another force cannot close it either (the page is not there for them).
  const chief = (await signedIn(browser, "chief@west-yorkshire.example.org")).page;
  expect((await chief.goto(`/actions/${id}/close`))?.status()).toBe(404);
  // Still open: nobody outside changed it.
  await page.goto(`/actions/${id}`);
  await expect(page.locator(".govuk-tag").first()).toHaveText("Not started");
});
