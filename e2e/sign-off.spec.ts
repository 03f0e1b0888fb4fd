import { expect, test, type Page } from "@playwright/test";
import { answers as fixture } from "../prisma/seed/demo-answers/wiltshire.ts";
import { errorSummary, expectNoAxeViolations, expectNoAxeViolationsWithoutJs, signIn } from "./helpers.ts";
import { answerThroughApi, startHealthCheck } from "./journey-helpers.ts";

// Readiness, sign-off, return and submission through the real app: PSD staff send the health
// check to their chief officer, who returns it once with a comment and then submits it.
// Forces used only here: suffolk (JavaScript on) and lincolnshire (JavaScript off).

test.describe.configure({ timeout: 180_000 });

const answerAll = (page: Page, id: string, except: readonly string[] = []) => answerThroughApi(page, id, fixture, except);

async function switchTo(page: Page, email: string): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in|\/$/);
  await signIn(page, email);
}

async function sendForSignOff(page: Page, id: string): Promise<void> {
  await page.goto(`/assessments/${id}/ready`);
  await page.getByRole("button", { name: "Send to chief officer for sign-off" }).click();
  await expect(page).toHaveURL(`/assessments/${id}?sent=1`);
}

test("PSD sends it for sign-off, the chief officer returns it, then submits it; the inspector sees it", async ({ page }) => {
  await signIn(page, "psd@suffolk.example.org");
  const id = await startHealthCheck(page);

  // Not ready yet: the missing question is listed and links to its page.
  await answerAll(page, id, ["A1"]);
  await page.goto(`/assessments/${id}/ready`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You cannot send this for sign-off yet");
  await expect(page.getByRole("link", { name: /^A1\. / })).toHaveAttribute("href", `/assessments/${id}/sections/A/A1`);
  await expectNoAxeViolations(page);

  await answerAll(page, id, Object.keys(fixture).filter((c) => c !== "A1"));
  await page.goto(`/assessments/${id}/ready`);
  await expect(page.getByText(/^All \d+ required questions are answered$/)).toBeVisible();
  await expectNoAxeViolations(page);
  await sendForSignOff(page, id);

  // The chief officer returns it, after forgetting the comment once.
  await switchTo(page, "chief@suffolk.example.org");
  await page.goto(`/assessments/${id}/sign-off`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign off the 2012 revisit health check");
  await expect(page.getByRole("heading", { name: /^A\. / })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Return to professional standards" }).click();
  await expect(errorSummary(page)).toContainText("Enter a comment explaining what needs to change");
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAxeViolations(page);
  await page.getByLabel("What needs to change").fill("Please check the number of leak investigations in C9.");
  await page.getByRole("button", { name: "Return to professional standards" }).click();
  await expect(page).toHaveURL(`/assessments/${id}/sign-off?returned=1`);
  await expect(page.getByText("Health check returned to professional standards")).toBeVisible();
  await expectNoAxeViolations(page);

  // PSD staff see the note and send it back.
  await switchTo(page, "psd@suffolk.example.org");
  await page.goto(`/assessments/${id}/ready`);
  await expect(page.getByRole("region", { name: "Returned by your chief officer" })).toContainText("leak investigations in C9");
  await expectNoAxeViolations(page);
  await sendForSignOff(page, id);

  // The chief officer submits, correcting the declaration once.
  await switchTo(page, "chief@suffolk.example.org");
  await page.goto(`/assessments/${id}/sign-off`);
  await page.getByRole("button", { name: "Submit to the inspectorate" }).click();
  await expect(errorSummary(page)).toContainText("Enter your role");
  await expect(errorSummary(page)).toContainText("Confirm that the answers are complete and accurate");
  await expectNoAxeViolations(page);
  await page.getByLabel("Role").fill("Deputy Chief Constable");
  await page.getByLabel(/I confirm that the answers are complete and accurate/).check();
  await page.getByRole("button", { name: "Submit to the inspectorate" }).click();
  await expect(page).toHaveURL(`/assessments/${id}/submitted`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Health check submitted");
  const detail = (await (await page.request.get(`/api/v1/assessments/${id}`)).json()) as { reference: string; status: string };
  expect(detail.status).toBe("SUBMITTED");
  await expect(page.getByTestId("reference")).toHaveText(detail.reference);
  await expect(page.getByTestId("fingerprint")).toHaveText(/^[0-9a-f]{64}$/);
  await expectNoAxeViolations(page);

  // Locked now, and with the inspectorate.
  const locked = await page.request.put(`/api/v1/assessments/${id}/answers/A13`, { data: { value: "Late", version: 0 } });
  expect(locked.status()).toBe(403);
  await switchTo(page, "inspector@inspectorate.example.org");
  const list = (await (await page.request.get("/api/v1/assessments")).json()) as { assessments: { id: string; status: string }[] };
  expect(list.assessments.find((a) => a.id === id)?.status).toBe("SUBMITTED");
  await page.goto(`/assessments/${id}/submitted`);
  await expect(page.getByTestId("reference")).toHaveText(detail.reference);
});

// A context of its own rather than test.use: the axe re-check's context must keep JavaScript.
test("without JavaScript the whole sign-off works, errors and all", async ({ browser }) => {
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const page = await noJs.newPage();
  await signIn(page, "psd@lincolnshire.example.org");
  const id = await startHealthCheck(page);
  await answerAll(page, id);
  await sendForSignOff(page, id);

  await switchTo(page, "chief@lincolnshire.example.org");
  await page.goto(`/assessments/${id}/sign-off`);
  await page.getByRole("button", { name: "Return to professional standards" }).click();
  await expect(errorSummary(page)).toContainText("Enter a comment explaining what needs to change");
  await expectNoAxeViolationsWithoutJs(browser, await page.content(), page.url());
  await page.getByLabel("What needs to change").fill("Add the date of the last gifts register audit.");
  await page.getByRole("button", { name: "Return to professional standards" }).click();
  await expect(page).toHaveURL(`/assessments/${id}/sign-off?returned=1`);

  await switchTo(page, "psd@lincolnshire.example.org");
  await sendForSignOff(page, id);

  await switchTo(page, "chief@lincolnshire.example.org");
  await page.goto(`/assessments/${id}/sign-off`);
  await page.getByLabel("Role").fill("Chief Constable");
  await page.locator("#declarationDate-year").fill("2999");
  await page.getByRole("button", { name: "Submit to the inspectorate" }).click();
  await expect(errorSummary(page)).toContainText("Date of the declaration must be today or in the past");
  await expect(errorSummary(page)).toContainText("Confirm that the answers are complete and accurate");
  // Nothing typed is lost.
  await expect(page.getByLabel("Role")).toHaveValue("Chief Constable");
  await expect(page.locator("#declarationDate-year")).toHaveValue("2999");
  await expectNoAxeViolationsWithoutJs(browser, await page.content(), page.url());
  await page.locator("#declarationDate-year").fill(String(new Date().getFullYear()));
  await page.getByLabel(/I confirm that the answers are complete and accurate/).check();
  await page.getByRole("button", { name: "Submit to the inspectorate" }).click();
  await expect(page).toHaveURL(`/assessments/${id}/submitted`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Health check submitted");
  await expectNoAxeViolationsWithoutJs(browser, await page.content(), page.url());
  await noJs.close();
});
