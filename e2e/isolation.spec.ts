import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signIn } from "./helpers.ts";

// Force isolation through the real app: pages and API answer 404 outside the caller's scope.

async function assessmentIdFor(request: APIRequestContext, forceSlug: string): Promise<string> {
  const res = await request.get("/api/v1/assessments");
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { assessments: { id: string; force: { slug: string } }[] };
  const found = body.assessments.find((a) => a.force.slug === forceSlug);
  expect(found, `an assessment for ${forceSlug}`).toBeTruthy();
  return found!.id;
}

async function westMerciaAssessmentId(page: Page): Promise<string> {
  await signIn(page, "psd@west-mercia.example.org");
  const id = await assessmentIdFor(page.request, "west-mercia");
  await signOut(page);
  return id;
}

// Waits for the sign-out to land: navigating away first can cancel it and leave the session on.
async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/sign-in");
}

test("signed out: the API answers 401 and pages send you to sign in", async ({ page, request }) => {
  expect((await request.get("/api/v1/forces")).status()).toBe(401);
  expect((await request.get("/api/v1/assessments")).status()).toBe(401);
  await page.goto("/psd");
  await expect(page).toHaveURL("/sign-in");
});

test("health answers 200 with status ok", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok" });
});

test("PSD of one force gets 404 for another force's assessment page and API", async ({ page }) => {
  const id = await westMerciaAssessmentId(page);
  await signIn(page, "psd@avon-and-somerset.example.org");
  const response = await page.goto(`/assessments/${id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.locator("body")).not.toContainText("West Mercia");
  expect(await page.title()).not.toContain("West Mercia");
  const api = await page.request.get(`/api/v1/assessments/${id}`);
  expect(api.status()).toBe(404);
  expect((await page.request.get(`/api/v1/assessments/${id}/snapshots/latest`)).status()).toBe(404);
  const list = (await (await page.request.get("/api/v1/assessments")).json()) as { assessments: unknown[] };
  expect(list.assessments).toEqual([]);
});

test("PSD and chief officer of the force read their own assessment with answers and versions", async ({ page }) => {
  const id = await westMerciaAssessmentId(page);
  for (const email of ["psd@west-mercia.example.org", "chief@west-mercia.example.org"]) {
    await signIn(page, email);
    const res = await page.request.get(`/api/v1/assessments/${id}`);
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { force: { slug: string }; status: string; answers: Record<string, { version: number }> };
    expect(body.force.slug).toBe("west-mercia");
    // The demo has the inspectorate's review of West Mercia done (prisma/seed/demo-review.ts).
    expect(body.status).toBe("ACCEPTED");
    expect(Object.keys(body.answers).length).toBeGreaterThan(30);
    expect(Object.values(body.answers).every((a) => a.version >= 1)).toBe(true);
    const snapshot = (await (await page.request.get(`/api/v1/assessments/${id}/snapshots/latest`)).json()) as { verified: boolean; kind: string };
    expect(snapshot).toMatchObject({ verified: true, kind: "ACCEPTANCE" });
    await page.goto(`/assessments/${id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("2012 revisit health check");
    await signOut(page);
  }
});

test("the inspector sees every submitted assessment; the admin sees no answers", async ({ page }) => {
  const id = await westMerciaAssessmentId(page);
  await signIn(page, "inspector@inspectorate.example.org");
  const body = (await (await page.request.get("/api/v1/assessments")).json()) as { assessments: { force: { slug: string }; cycle: { slug: string }; status: string }[] };
  // The demo's 2012 submissions (some forces also have an accepted 2011 baseline).
  const revisit = body.assessments.filter((a) => a.cycle.slug === "2012-revisit");
  expect(revisit.map((a) => a.force.slug).sort()).toEqual(["staffordshire", "warwickshire", "west-mercia", "wiltshire"]);
  expect((await page.request.get(`/api/v1/assessments/${id}`)).status()).toBe(200);
  await signOut(page);

  await signIn(page, "admin@example.org");
  expect((await page.request.get(`/api/v1/assessments/${id}`)).status()).toBe(404);
  expect((await page.goto(`/assessments/${id}`))?.status()).toBe(404);
  const forces = (await (await page.request.get("/api/v1/forces")).json()) as { forces: { slug: string; region: string }[] };
  expect(forces.forces).toHaveLength(44);
});

test("force users cannot open other roles' pages", async ({ page }) => {
  await signIn(page, "psd@wiltshire.example.org");
  for (const path of ["/admin", "/admin/users/new", "/inspector", "/forces", "/chief"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
});

test("API clients sign in with POST /api/v1/session; better-auth's own sign-in and sign-up are closed", async ({ request }) => {
  expect((await request.post("/api/auth/sign-in/email", { data: { email: "admin@example.org", password: "Integrity-Demo-2012" } })).status()).toBe(404);
  expect((await request.post("/api/auth/sign-up/email", { data: { email: "x@example.org", password: "Integrity-Demo-2012", name: "X" } })).status()).toBe(404);
  const wrong = await request.post("/api/v1/session", { data: { email: "chief@kent.example.org", password: "nope" } });
  expect(wrong.status()).toBe(401);
  expect((await request.post("/api/v1/session", { data: "nonsense" })).status()).toBe(422);
  const ok = await request.post("/api/v1/session", { data: { email: "chief@kent.example.org", password: "Integrity-Demo-2012" } });
  expect(ok.status()).toBe(200);
  expect(await ok.json()).toMatchObject({ user: { role: "CHIEF_OFFICER", force: "kent" } });
  expect((await request.get("/api/v1/assessments")).status()).toBe(200);
  expect((await request.delete("/api/v1/session")).status()).toBe(204);
  expect((await request.get("/api/v1/assessments")).status()).toBe(401);
});
