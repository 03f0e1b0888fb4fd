import { expect, test, type Browser } from "@playwright/test";
import { signIn } from "./helpers.ts";
import { startHealthCheck } from "./journey-helpers.ts";

// Two sessions edit the same answer: the second sees both values and chooses; nothing is lost silently.

async function twoSessions(browser: Browser, email: string, javaScriptEnabled: boolean) {
  const a = await (await browser.newContext()).newPage();
  await signIn(a, email);
  const id = await startHealthCheck(a);
  const b = await (await browser.newContext({ javaScriptEnabled })).newPage();
  await signIn(b, email);
  return { a, b, id };
}

for (const js of [true, false]) {
  test(`a stale save shows both answers and lets you choose (JavaScript ${js ? "on" : "off"})`, async ({ browser }) => {
    const { a, b, id } = await twoSessions(browser, js ? "psd@cheshire.example.org" : "psd@humberside.example.org", js);
    const question = `/assessments/${id}/sections/C/C9`;
    await a.goto(question);
    await b.goto(question);

    await a.locator("#C9").fill("2");
    await a.getByRole("button", { name: "Save and come back later" }).click();
    await expect(a).toHaveURL(`/assessments/${id}?saved=C9`);

    // B opened the page before A saved; with JavaScript on, autosave would also hit the conflict.
    await b.locator("#C9").fill("5");
    await b.getByRole("button", { name: "Save and continue" }).click();
    const banner = b.locator(".govuk-notification-banner");
    await expect(banner).toContainText("Someone else changed this answer");
    await expect(banner).toContainText("5 investigations");
    await expect(banner).toContainText("2 investigations");

    let answers = (await (await a.request.get(`/api/v1/assessments/${id}`)).json()).answers;
    expect(answers.C9).toMatchObject({ value: { total: 2 }, version: 1 });

    await b.getByRole("button", { name: "Keep my answer" }).click();
    await expect(b).not.toHaveURL(question);
    answers = (await (await a.request.get(`/api/v1/assessments/${id}`)).json()).answers;
    expect(answers.C9).toMatchObject({ value: { total: 5 }, version: 2 });

    // A opens the page, then B saves again: A is stale, and chooses the saved answer instead.
    await a.goto(question);
    const put = await b.request.put(`/api/v1/assessments/${id}/answers/C9`, { data: { value: { total: 9 }, version: 2 } });
    expect(put.status()).toBe(200);
    await a.locator("#C9").fill("7");
    await a.getByRole("button", { name: "Save and continue" }).click();
    await expect(a.locator(".govuk-notification-banner")).toContainText("9 investigations");
    await a.getByRole("button", { name: "Use the saved answer" }).click();
    await expect(a.locator("#C9")).toHaveValue("9");
    answers = (await (await a.request.get(`/api/v1/assessments/${id}`)).json()).answers;
    expect(answers.C9).toMatchObject({ value: { total: 9 }, version: 3 });
  });
}
