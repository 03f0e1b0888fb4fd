import { expect, test } from "@playwright/test";
import { signIn } from "./helpers.ts";
import { startHealthCheck } from "./journey-helpers.ts";

// Every step of the journey, tried by someone outside it: another force, an inspector on a draft, an admin.

test("other forces, inspectors and admins cannot reach a draft's pages", async ({ page, browser }) => {
  await signIn(page, "psd@merseyside.example.org");
  const id = await startHealthCheck(page);
  const paths = [
    `/assessments/${id}`,
    `/assessments/${id}/sections/C`,
    `/assessments/${id}/sections/C/C9`,
    `/assessments/${id}/sections/C/check`,
    `/assessments/${id}/ready`,
    `/assessments/${id}/sign-off`,
    `/assessments/${id}/submitted`,
  ];
  for (const email of ["psd@lancashire.example.org", "chief@lancashire.example.org", "inspector@inspectorate.example.org", "admin@example.org"]) {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await signIn(p, email);
    for (const path of paths) {
      const res = await p.goto(path);
      expect(res?.status(), `${email} ${path}`).toBe(404);
      await expect(p.locator("body")).not.toContainText("Merseyside");
    }
    expect((await p.request.get(`/api/v1/assessments/${id}`)).status()).toBe(404);
    await ctx.close();
  }
});

test("the force's chief officer reads the draft but cannot answer", async ({ page, browser }) => {
  await signIn(page, "psd@north-yorkshire.example.org");
  const id = await startHealthCheck(page);
  const ctx = await browser.newContext();
  const chief = await ctx.newPage();
  await signIn(chief, "chief@north-yorkshire.example.org");
  await chief.goto(`/assessments/${id}/sections/C/C9`);
  // No question form for a chief officer: they get the read-only answers.
  await expect(chief).toHaveURL(`/assessments/${id}/sections/C/check`);
  await expect(chief.getByRole("button", { name: "Save and continue" })).toHaveCount(0);
  expect((await chief.request.put(`/api/v1/assessments/${id}/answers/C9`, { data: { value: { total: 1 }, version: 0 } })).status()).toBe(403);
  await ctx.close();
});
