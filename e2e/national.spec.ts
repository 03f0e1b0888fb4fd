import { expect, test, type Page } from "@playwright/test";
import { parseCsv, readXlsx } from "./export-helpers.ts";
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs, signIn } from "./helpers.ts";

// The inspectorate's national view, its exports and year on year, read-only on the demo data:
// the four 2012 submissions (other specs may submit more forces meanwhile) and the closed 2011
// baseline of Staffordshire, Warwickshire and Wiltshire, which nothing can change.

const INSPECTOR = "inspector@inspectorate.example.org";
const BASELINE_WEST = "/national?cycle=2011-baseline&region=Wales+and+Western";

const heatmap = (page: Page, name: RegExp) => page.getByRole("table", { name });
const forceRow = (page: Page, force: string) => page.locator("table.app-heatmap tbody tr", { has: page.locator("th", { hasText: force }) });

async function expectReflows(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal overflow on ${page.url()}`).toBeLessThanOrEqual(0);
}

test("the inspector sees every force's status and judgement by section, with figures", async ({ page }) => {
  await signIn(page, INSPECTOR);
  await page.goto("/national");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("National view");
  const table = heatmap(page, /^2012 revisit: all forces, by section/);
  await expect(table.locator("tbody tr")).toHaveCount(44);
  for (const force of ["Staffordshire Police", "Warwickshire Police", "West Mercia Police", "Wiltshire Police"]) {
    const row = forceRow(page, force);
    await expect(row.locator("td").nth(1)).toHaveText(/^(Submitted|Accepted)$/);
    await expect(row.locator("td.app-heat")).toHaveCount(11);
    await expect(row.locator("td.app-heat").first()).toContainText("Completed");
    await expect(row.getByRole("link", { name: `${force} report` })).toHaveAttribute("href", /^\/assessments\/[^/]+\/report$/);
  }
  await expect(forceRow(page, "City of London Police")).toContainText("Nothing submitted");
  // Year on year only where there are two cycles to compare.
  await expect(forceRow(page, "Staffordshire Police").getByRole("link", { name: "Year on year for Staffordshire Police" })).toBeVisible();
  await expect(forceRow(page, "West Mercia Police").getByRole("link", { name: /Year on year/ })).toHaveCount(0);
  await expect(page.getByRole("table", { name: "Counts forces gave for the reporting period" })).toContainText("98 across the 44 forces");
  await expect(page.getByRole("table", { name: "Forces by judgement" })).toBeVisible();
});

test("filters by cycle and region, with JavaScript on and off", async ({ page, browser }) => {
  await signIn(page, INSPECTOR);
  await page.goto("/national");
  await page.getByLabel("Cycle").selectOption("2011-baseline");
  await page.getByLabel("Region").selectOption("Wales and Western");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(BASELINE_WEST);
  await expect(heatmap(page, /^2011 baseline: forces in the Wales and Western region/).locator("tbody tr")).toHaveCount(13);
  const staffs = forceRow(page, "Staffordshire Police");
  await expect(staffs).toContainText("Accepted");
  await expect(staffs).toContainText("Red: limited progress");
  // Section E (gifts and hospitality) was judged good progress in the baseline.
  await expect(staffs.locator("td.app-heat").nth(4)).toHaveText("Good progressCompleted");
  await expect(staffs.locator("td.app-heat").nth(4)).toHaveClass(/app-heat--good/);
  await expect(forceRow(page, "West Mercia Police")).toContainText("Nothing submitted");
  const judgements = page.getByRole("table", { name: "Forces by judgement" });
  await expect(judgements.getByRole("row", { name: /^Limited progress/ })).toContainText("2");
  await expect(judgements.getByRole("row", { name: /^Some progress/ })).toContainText("1");

  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const p2 = await noJs.newPage();
  await signIn(p2, INSPECTOR);
  await p2.goto("/national");
  await p2.getByLabel("Region").selectOption("Northern");
  await p2.getByRole("button", { name: "Show" }).click();
  await expect(p2).toHaveURL(/region=Northern/);
  await expect(p2.locator("table.app-heatmap tbody tr")).toHaveCount(12);
  await expectNoAxeViolationsWithoutJs(browser, await p2.content(), p2.url());
  await noJs.close();
});

test("exports the table as CSV and Excel, with the rows and columns shown", async ({ page }) => {
  await signIn(page, INSPECTOR);
  await page.goto(BASELINE_WEST);

  const csv = await page.request.get(`/national/export/csv?cycle=2011-baseline&region=Wales+and+Western`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="national-2011-baseline-wales-and-western-\d{4}-\d{2}-\d{2}\.csv"/);
  const [header, ...rows] = parseCsv(await csv.text());
  expect(header!.slice(0, 7)).toEqual(["Force", "Region", "Cycle", "Reference", "Status", "Judgement", "A Health check and action plan: status"]);
  expect(header).toHaveLength(6 + 2 * 11);
  expect(rows).toHaveLength(13);
  const cell = (row: string[], column: string) => row[header!.indexOf(column)];
  const staffs = rows.find((r) => r[0] === "Staffordshire Police")!;
  expect([cell(staffs, "Cycle"), cell(staffs, "Status"), cell(staffs, "Judgement")]).toEqual(["2011 baseline", "Accepted", "Limited progress"]);
  expect(cell(staffs, "E Gifts, gratuities and hospitality: judgement")).toBe("Good progress");
  expect(cell(staffs, "E Gifts, gratuities and hospitality: status")).toBe("Completed");
  expect(cell(rows.find((r) => r[0] === "West Mercia Police")!, "Status")).toBe("Nothing submitted");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /as Excel/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^national-2011-baseline-wales-and-western-.*\.xlsx$/);
  const sheets = await readXlsx(await (await import("node:fs/promises")).readFile((await download.path())!));
  expect([...sheets.keys()]).toEqual(["National view", "Totals and medians", "Policies"]);
  const table = sheets.get("National view")!;
  expect(table[0]).toEqual(header);
  expect(table).toHaveLength(14);
  const totals = sheets.get("Totals and medians")!;
  const media = totals.find((r) => String(r[0]).startsWith("Investigations into disclosures to the media"))!;
  // Staffordshire 1, Warwickshire 1, Wiltshire 2 in the baseline period.
  expect(media.slice(1, 4)).toEqual([4, 1, 3]);
  expect(sheets.get("Policies")!.map((r) => r[0])).toEqual(["Policy", "Media relationships", "Gifts and hospitality", "Social media", "Second jobs and business interests"]);
});

test("year on year shows what changed for a force with two cycles", async ({ page }) => {
  await signIn(page, INSPECTOR);
  await page.goto("/national");
  await forceRow(page, "Staffordshire Police").getByRole("link", { name: "Year on year for Staffordshire Police" }).click();
  await expect(page).toHaveURL("/national/forces/staffordshire");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Year on year");
  await expect(page.getByRole("heading", { level: 2, name: "2011 baseline compared with 2012 revisit" })).toBeVisible();
  await expect(page.locator(".govuk-summary-list")).toContainText(/Limited progress to/);
  const social = page.getByRole("table", { name: /in section D;/ });
  await expect(social.getByRole("row", { name: /D1\. What is the status of the force's social media policy/ })).toContainText(
    "Not startedUpdated and communicated to staffChanged",
  );
  await expect(page.getByRole("table", { name: /in section H;/ })).toContainText("71 applications (of which 68 approved)");

  await page.goto("/national/forces/west-mercia");
  await expect(page.getByText("West Mercia Police needs health checks in two cycles before they can be compared.")).toBeVisible();
});

test("the inspector's API gives the national model as JSON", async ({ page }) => {
  await signIn(page, INSPECTOR);
  const res = await page.request.get("/api/v1/national?cycle=2011-baseline");
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { filters: unknown; rows: { force: { slug: string }; assessment: { judgement: string } | null }[]; totals: unknown };
  expect(body.filters).toEqual({ cycle: "2011-baseline", region: null });
  expect(body.rows).toHaveLength(44);
  expect(body.totals).toEqual({ forces: 44, withAssessment: 3, counted: 3 });
  expect(body.rows.find((r) => r.force.slug === "warwickshire")!.assessment!.judgement).toBe("SOME_PROGRESS");
});

test("force users and admins get 404 for the national view, its exports and its API; signed out gets 401", async ({ page, request }) => {
  expect((await request.get("/api/v1/national")).status()).toBe(401);
  const signedOut = await request.get("/national/export/csv", { maxRedirects: 0 });
  expect(signedOut.status()).toBe(303);
  expect(signedOut.headers().location).toMatch(/\/sign-in$/);
  for (const email of ["psd@staffordshire.example.org", "chief@staffordshire.example.org", "admin@example.org"]) {
    await signIn(page, email);
    for (const path of ["/national", "/national?cycle=2011-baseline", "/national/forces/staffordshire"]) {
      expect((await page.goto(path))?.status(), `${email} ${path}`).toBe(404);
      await expect(page.locator("body")).not.toContainText("Limited progress");
    }
    for (const path of ["/national/export/csv", "/national/export/xlsx", "/api/v1/national", "/api/v1/national?cycle=2011-baseline"]) {
      expect((await page.request.get(path)).status(), `${email} ${path}`).toBe(404);
    }
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL("/sign-in");
  }
});

for (const width of [1280, 320]) {
  test(`axe finds nothing on the national pages at ${width}px, and nothing scrolls sideways`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await signIn(page, INSPECTOR);
    for (const path of ["/national", BASELINE_WEST, "/national/forces/staffordshire", "/national/forces/west-mercia"]) {
      await page.goto(path);
      await expectNoAxeViolations(page);
      await expectReflows(page);
    }
  });
}
