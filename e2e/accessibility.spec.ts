import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs, signIn, errorSummary } from "./helpers.ts";

// axe (WCAG 2.0–2.2 A and AA) on every page of the foundation, wide and at 320 px.

const WIDTHS = [1280, 320];

const PAGES_BY_USER: { email: string | null; paths: (string | "own-assessment")[] }[] = [
  { email: null, paths: ["/sign-in", "/no-such-page", "/accessibility"] },
  { email: "psd@staffordshire.example.org", paths: ["/psd", "own-assessment"] },
  { email: "chief@staffordshire.example.org", paths: ["/chief"] },
  { email: "inspector@inspectorate.example.org", paths: ["/inspector", "/forces", "own-assessment"] },
  { email: "admin@example.org", paths: ["/admin", "/admin/users/new", "/admin/forces", "/admin/cycles", "/admin/checklists"] },
];

for (const width of WIDTHS) {
  for (const { email, paths } of PAGES_BY_USER) {
    test(`axe finds nothing at ${width}px for ${email ?? "a signed-out visitor"}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      if (email) await signIn(page, email);
      for (const p of paths) {
        let path = p;
        if (p === "own-assessment") {
          const body = (await (await page.request.get("/api/v1/assessments")).json()) as { assessments: { id: string; force: { slug: string } }[] };
          path = `/assessments/${body.assessments.find((a) => a.force.slug === "staffordshire")!.id}`;
        }
        await page.goto(path);
        await expectNoAxeViolations(page);
        // Nothing may force sideways scrolling at 320 px (WCAG 1.4.10 reflow).
        if (width === 320) {
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
        }
      }
    });
  }
}

test("error states are accessible: sign-in and add-user with errors, with JavaScript off too", async ({ page, browser }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(errorSummary(page)).toBeVisible();
  await expectNoAxeViolations(page);

  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const p2 = await noJs.newPage();
  await p2.goto("/sign-in");
  await p2.getByRole("button", { name: "Sign in" }).click();
  await expect(errorSummary(p2)).toBeVisible();
  await expectNoAxeViolationsWithoutJs(browser, await p2.content(), p2.url());
  await noJs.close();

  await signIn(page, "admin@example.org");
  await page.goto("/admin/users/new");
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(errorSummary(page)).toBeVisible();
  await expectNoAxeViolations(page);
});
