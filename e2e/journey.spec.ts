import { expect, test, type Page } from "@playwright/test";
import { currentChecklist } from "../lib/checklist/index.ts";
import { answers as fixture } from "../prisma/seed/demo-answers/warwickshire.ts";
import { errorSummary, expectNoAxeViolations, signIn } from "./helpers.ts";
import { completeSection, fillAnswer, startHealthCheck } from "./journey-helpers.ts";

// Issue 4's "done when": a PSD user enters a real force's answers from its published report page
// by page, attaches evidence, the chief officer returns it once and then submits it, and the
// inspector sees it submitted with a snapshot equal to the answers entered: nothing lost on the way.

test.describe.configure({ timeout: 300_000 });

test("a whole health check from a real report: filled in, corrected, evidenced, returned once, submitted", async ({ page }) => {
  await signIn(page, "psd@avon-and-somerset.example.org");
  const id = await startHealthCheck(page);
  await expectNoAxeViolations(page);

  // One validation error, corrected without losing anything.
  await page.goto(`/assessments/${id}/sections/C/C9`);
  await page.locator("#C9").fill("two");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(errorSummary(page)).toContainText("must be a number, like 35");
  await expect(page.locator("#C9")).toHaveValue("two");
  await expectNoAxeViolations(page);
  await fillAnswer(page, currentChecklist.questionByCode.get("C9")!, fixture.C9);
  await page.getByRole("button", { name: "Save and come back later" }).click();
  await expect(page).toHaveURL(`/assessments/${id}?saved=C9`);

  for (const section of currentChecklist.definition.sections) {
    await completeSection(page, id, section.code, fixture);
  }
  await expect(page.locator("#progress")).toHaveText("You have completed all sections.");
  await expectNoAxeViolations(page);

  const stored = (await (await page.request.get(`/api/v1/assessments/${id}`)).json()) as { answers: Record<string, { value: unknown }> };
  const values = Object.fromEntries(Object.entries(stored.answers).map(([k, v]) => [k, v.value]));
  const expected = Object.fromEntries(Object.entries(fixture).filter(([code]) => currentChecklist.isShown(code, fixture)));
  expect(values).toEqual(expected);

  // One evidence file on a question page.
  await page.goto(`/assessments/${id}/sections/A/A12`);
  await page.getByLabel("Upload a file").setInputFiles({ name: "Action plan.pdf", mimeType: "application/pdf", buffer: Buffer.from(MINIMAL_PDF) });
  await page.locator("#upload-marking").check();
  await page.getByRole("button", { name: "Upload file" }).click();
  await expect(page.locator("#evidence")).toContainText("Action plan.pdf");

  // Sent for sign-off; the chief officer returns it once, PSD sends it again, the chief submits.
  const send = async () => {
    await page.goto(`/assessments/${id}/ready`);
    await page.getByRole("button", { name: "Send to chief officer for sign-off" }).click();
    await expect(page).toHaveURL(`/assessments/${id}?sent=1`);
  };
  await send();
  await switchUser(page, "chief@avon-and-somerset.example.org");
  await page.goto(`/assessments/${id}/sign-off`);
  await page.getByLabel("What needs to change").fill("Please confirm the second jobs figures.");
  await page.getByRole("button", { name: "Return to professional standards" }).click();
  await expect(page).toHaveURL(`/assessments/${id}/sign-off?returned=1`);
  await switchUser(page, "psd@avon-and-somerset.example.org");
  await page.goto(`/assessments/${id}`);
  await expect(page.getByRole("region", { name: "Returned by your chief officer" })).toContainText("second jobs figures");
  await send();
  await switchUser(page, "chief@avon-and-somerset.example.org");
  await page.goto(`/assessments/${id}/sign-off`);
  await page.getByLabel("Role").fill("Deputy Chief Constable");
  await page.getByLabel(/I confirm that the answers are complete and accurate/).check();
  await page.getByRole("button", { name: "Submit to the inspectorate" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Health check submitted");
  const fingerprint = (await page.getByTestId("fingerprint").textContent())!.trim();

  // The inspector sees it as submitted, and the snapshot holds exactly the fixture's answers.
  await switchUser(page, "inspector@inspectorate.example.org");
  const listed = (await (await page.request.get("/api/v1/assessments")).json()) as { assessments: { id: string; status: string }[] };
  expect(listed.assessments.find((a) => a.id === id)?.status).toBe("SUBMITTED");
  const snapshot = (await (await page.request.get(`/api/v1/assessments/${id}/snapshots/latest`)).json()) as { sha256: string; verified: boolean; content: { answers: Record<string, unknown> } };
  expect(snapshot.verified).toBe(true);
  expect(snapshot.sha256).toBe(fingerprint);
  // Attaching the file answered the evidence question A12 too.
  expect(snapshot.content.answers).toEqual({ ...expected, A12: { note: "" } });
});

// The smallest well-formed PDF: enough for the content check.
const MINIMAL_PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

async function switchUser(page: Page, email: string) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/sign-in");
  await signIn(page, email);
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("a section can be answered, checked and completed", async ({ page }) => {
    await signIn(page, "psd@leicestershire.example.org");
    const id = await startHealthCheck(page);
    await page.goto(`/assessments/${id}/sections/H/H7`);
    await page.locator("#H7").fill("35");
    await page.locator("#H7-approved").fill("36");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(errorSummary(page)).toContainText("cannot be more than the total");
    await expect(page.locator("#H7")).toHaveValue("35");
    await page.locator("#H7-approved").fill("33");
    await page.getByRole("button", { name: "Save and come back later" }).click();
    await expect(page).toHaveURL(`/assessments/${id}?saved=H7`);
    await completeSection(page, id, "H", { ...fixture, H7: { total: 35, parts: { approved: 33 } } });
    const stored = await (await page.request.get(`/api/v1/assessments/${id}`)).json();
    expect(stored.answers.H7.value).toEqual({ total: 35, parts: { approved: 33 } });
  });
});
