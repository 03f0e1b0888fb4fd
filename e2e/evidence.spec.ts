import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import * as fx from "../lib/evidence/test-fixtures.ts";
import { errorSummary, expectNoAxeViolations, expectNoAxeViolationsWithoutJs, signIn } from "./helpers.ts";
import { startHealthCheck } from "./journey-helpers.ts";

// Evidence on a question page: upload with and without JavaScript, links, download, disguised
// files, removal, scope and axe. Forces used only here: Gloucestershire, and South Wales as "another force".

const WRONG_TYPE = "The selected file must be a PDF, Word, Excel, CSV or image file";

async function upload(page: Page, name: string, bytes: Uint8Array, marking: "OFFICIAL" | "OFFICIAL-SENSITIVE") {
  await page.getByLabel("Upload a file").setInputFiles({ name, mimeType: "application/octet-stream", buffer: Buffer.from(bytes) });
  await page.locator(marking === "OFFICIAL" ? "#upload-marking" : "#upload-marking-2").check();
  await page.getByRole("button", { name: "Upload file" }).click();
}

async function checkLayout(page: Page, name: string) {
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoAxeViolations(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("PSD attaches, downloads and removes evidence; it stays inside the force", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page, "psd@gloucestershire.example.org");
  const id = await startHealthCheck(page);
  const question = `/assessments/${id}/sections/A/A12`;
  await page.goto(question);
  const panel = page.locator("#evidence");
  await expect(panel.getByRole("heading", { name: "Evidence", level: 2 })).toBeVisible();
  await expect(panel).toContainText("No evidence has been added to this question yet.");

  // With JavaScript, the form checks what it can before sending anything.
  await page.getByRole("button", { name: "Upload file" }).click();
  await expect(errorSummary(page)).toContainText("Select a file to upload");
  await expect(errorSummary(page)).toContainText("Select the protective marking");

  // A PDF, marked OFFICIAL-SENSITIVE.
  const pdf = fx.pdf("Gloucestershire action plan");
  await upload(page, "Action plan.pdf", pdf, "OFFICIAL-SENSITIVE");
  await expect(page.locator(".govuk-notification-banner--success")).toContainText("Your file has been uploaded");
  const pdfRow = panel.locator(".govuk-summary-list__row", { hasText: "Action plan.pdf" });
  await expect(pdfRow).toContainText("OFFICIAL-SENSITIVE");
  await expect(pdfRow).toContainText(/PDF, \d+ bytes/);

  // The download is the same bytes, as an attachment with the detected type.
  const [download] = await Promise.all([page.waitForEvent("download"), pdfRow.getByRole("link", { name: "Action plan.pdf" }).click()]);
  expect(download.suggestedFilename()).toBe("Action plan.pdf");
  expect(new Uint8Array(fs.readFileSync(await download.path()))).toEqual(pdf);
  const href = (await pdfRow.getByRole("link", { name: "Action plan.pdf" }).getAttribute("href"))!;
  const res = await page.request.get(href);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/pdf");
  expect(res.headers()["content-disposition"]).toBe(`attachment; filename="Action plan.pdf"; filename*=UTF-8''Action%20plan.pdf`);
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  expect(res.headers()["cache-control"]).toBe("private, no-store");

  // The upload answered this evidence question; the question form knows, so saving it is no conflict.
  await page.getByRole("button", { name: "Save and come back later" }).click();
  await expect(page).toHaveURL(`/assessments/${id}?saved=A12`);
  await page.goto(question);

  // A link.
  await page.getByLabel("Web address").fill("https://intranet.gloucestershire.example/integrity/gifts");
  await page.getByLabel("Title").fill("Gifts and hospitality register");
  await page.locator("#link-marking").check();
  await page.getByRole("button", { name: "Add link" }).click();
  await expect(page.locator(".govuk-notification-banner--success")).toContainText("Your link has been added");
  await expect(panel.getByRole("link", { name: "Gifts and hospitality register" })).toHaveAttribute("href", "https://intranet.gloucestershire.example/integrity/gifts");

  // A PNG called .pdf is refused, and says why.
  await upload(page, "disguised.pdf", fx.png(), "OFFICIAL");
  await expect(errorSummary(page)).toContainText(WRONG_TYPE);
  await expect(page.locator("#evidence-file-error")).toContainText(WRONG_TYPE);
  await expect(panel.locator(".govuk-summary-list__row")).toHaveCount(2);
  await checkLayout(page, "evidence-upload-error");

  // Without JavaScript: a CSV, marked OFFICIAL; then a disguised file.
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const p2 = await noJs.newPage();
  await signIn(p2, "psd@gloucestershire.example.org");
  await p2.goto(question);
  await upload(p2, "register.csv", fx.csv(), "OFFICIAL");
  await expect(p2).toHaveURL(/evidence=upload/);
  const csvRow = p2.locator("#evidence .govuk-summary-list__row", { hasText: "register.csv" });
  await expect(csvRow).toContainText("OFFICIAL");
  await expect(csvRow).toContainText("CSV");
  const csvRes = await p2.request.get((await csvRow.getByRole("link").getAttribute("href"))!);
  expect(new Uint8Array(await csvRes.body())).toEqual(fx.csv());
  await upload(p2, "setup.pdf", fx.exe(), "OFFICIAL");
  await expect(errorSummary(p2)).toContainText(WRONG_TYPE);
  await expectNoAxeViolationsWithoutJs(browser, await p2.content(), p2.url());
  // A large file within the limit arrives whole (proxy.ts must not cut the body short).
  const large = fx.csv(`Month,Gifts declared\n${"March,12\n".repeat(15 * 1024 * 1024 / 9)}`);
  await upload(p2, "large-register.csv", large, "OFFICIAL");
  const largeRow = p2.locator("#evidence .govuk-summary-list__row", { hasText: "large-register.csv" });
  const largeRes = await p2.request.get((await largeRow.getByRole("link").getAttribute("href"))!);
  expect(Buffer.compare(Buffer.from(await largeRes.body()), Buffer.from(large))).toBe(0);
  await largeRow.getByRole("button", { name: /Remove/ }).click();
  await expect(largeRow).toHaveCount(0);
  // Larger than the server reads at all: back to the form with the size message, nothing lost.
  await upload(p2, "huge.pdf", new Uint8Array(26 * 1024 * 1024), "OFFICIAL");
  await expect(p2).toHaveURL(/upload=too-large/);
  await expect(errorSummary(p2)).toContainText("The selected file must be smaller than 20 MB");
  await expect(p2.locator("#evidence .govuk-summary-list__row", { hasText: "register.csv" })).toBeVisible();
  await noJs.close();

  // The question page with evidence listed; the check page lists it too.
  await page.goto(question);
  await expect(page.locator("#evidence .govuk-summary-list__row")).toHaveCount(3);
  await checkLayout(page, "evidence-listed");
  await page.goto(`/assessments/${id}/sections/A/check`);
  const a12 = page.locator(".govuk-summary-list__row", { hasText: "A12." });
  await expect(a12).toContainText("Evidence attached");
  await expect(a12.getByRole("link", { name: "register.csv" })).toBeVisible();

  // Another force's PSD and an inspector (on a draft) get 404 for the file.
  for (const email of ["psd@south-wales.example.org", "inspector@inspectorate.example.org"]) {
    const ctx = await browser.newContext();
    const other = await ctx.newPage();
    await signIn(other, email);
    expect((await other.request.get(href)).status(), email).toBe(404);
    expect((await other.goto(question))?.status(), email).toBe(404);
    await ctx.close();
  }

  // Removal.
  await page.goto(question);
  await page.getByRole("button", { name: "Remove Action plan.pdf" }).click();
  await expect(page.locator(".govuk-notification-banner--success")).toContainText("The evidence has been removed");
  await expect(page.locator("#evidence")).not.toContainText("Action plan.pdf");
  expect((await page.request.get(href)).status()).toBe(404);
});
