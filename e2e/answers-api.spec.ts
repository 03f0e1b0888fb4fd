import { expect, test } from "@playwright/test";
import { signIn } from "./helpers.ts";
import { startHealthCheck } from "./journey-helpers.ts";

// PUT /api/v1/assessments/{id}/answers/{code}: the same rules as the pages.

test("the answers API saves with versions, refuses stale and bad input, and keeps to scope", async ({ page, browser }) => {
  await signIn(page, "psd@northumbria.example.org");
  const id = await startHealthCheck(page);
  const url = `/api/v1/assessments/${id}/answers/A1`;
  const put = (data: unknown, headers: Record<string, string> = {}) => page.request.put(url, { data, headers });

  let res = await put({ value: "yes", version: 0 });
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ code: "A1", value: "yes", version: 1 });

  res = await put({ value: "no", version: 0 });
  expect(res.status()).toBe(409);
  expect(await res.json()).toMatchObject({ current: { version: 1, value: "yes" } });

  res = await put({ value: "partly" }, { "If-Match": '"1"' });
  expect(res.status()).toBe(200);
  expect((await res.json()).version).toBe(2);

  res = await put({ value: "perhaps", version: 2 });
  expect(res.status()).toBe(422);
  expect((await res.json()).fieldErrors.value).toBe("Select yes, no or partly");

  for (const bad of [{ value: "yes", version: -1 }, { value: "yes", version: "two" }, { value: "yes" }, { version: 2 }]) {
    expect((await put(bad)).status(), JSON.stringify(bad)).toBe(422);
  }
  expect((await page.request.put(url, { data: "not json", headers: { "content-type": "application/json" } })).status()).toBe(422);
  expect((await page.request.put(url, { data: { value: "x".repeat(300_000), version: 2 } })).status()).toBe(422);
  const text = await page.request.put(`/api/v1/assessments/${id}/answers/A13`, { data: { value: "<script>alert(1)</script>", version: 0 } });
  expect(text.status()).toBe(200);
  const number = await page.request.put(`/api/v1/assessments/${id}/answers/H7`, { data: { value: { total: 3, parts: { approved: 9 } }, version: 0 } });
  expect(number.status()).toBe(422);
  expect((await number.json()).fieldErrors["value.parts.approved"]).toContain("cannot be more than the total");
  expect((await page.request.put(`/api/v1/assessments/${id}/answers/Z99`, { data: { value: "yes", version: 0 } })).status()).toBe(404);

  const detail = await (await page.request.get(`/api/v1/assessments/${id}`)).json();
  expect(detail.answers.A1).toMatchObject({ value: "partly", version: 2 });
  expect(detail.answers.A13.value).toBe("<script>alert(1)</script>");

  // Outside scope: another force's PSD and the inspector get 404, the force's chief officer 403, nobody 401.
  for (const [email, status] of [
    ["psd@cleveland.example.org", 404],
    ["inspector@inspectorate.example.org", 404],
    ["chief@northumbria.example.org", 403],
  ] as const) {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await signIn(p, email);
    const r = await p.request.put(url, { data: { value: "no", version: 2 } });
    expect(r.status(), email).toBe(status);
    await ctx.close();
  }
  const anonymous = await browser.newContext();
  expect((await anonymous.request.put(url, { data: { value: "no", version: 2 } })).status()).toBe(401);
  await anonymous.close();
  expect((await (await page.request.get(`/api/v1/assessments/${id}`)).json()).answers.A1.value).toBe("partly");
});
