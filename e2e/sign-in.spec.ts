import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn, errorSummary } from "./helpers.ts";

const ROLES = [
  { email: "psd@west-mercia.example.org", home: "/psd", heading: "Your force’s health checks" },
  { email: "chief@west-mercia.example.org", home: "/chief", heading: "Overview" },
  { email: "inspector@inspectorate.example.org", home: "/inspector", heading: "Submitted assessments" },
  { email: "admin@example.org", home: "/admin", heading: "Users" },
];

for (const role of ROLES) {
  test(`${role.email} signs in with JavaScript and lands on ${role.home}`, async ({ page }) => {
    await signIn(page, role.email);
    await expect(page).toHaveURL(role.home);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(role.heading);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL("/sign-in");
    await page.goto(role.home);
    await expect(page).toHaveURL("/sign-in");
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test(`${role.email} signs in and lands on ${role.home}`, async ({ page }) => {
      await signIn(page, role.email);
      await expect(page).toHaveURL(role.home);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(role.heading);
      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page).toHaveURL("/sign-in");
    });
  });
}

test("a wrong password shows an error and keeps the email address", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill("psd@wiltshire.example.org");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(errorSummary(page)).toContainText("Enter a correct email address and password");
  await expect(page.getByLabel("Email address")).toHaveValue("psd@wiltshire.example.org");
  await expect(page).toHaveURL("/sign-in");
});

test.describe("validation without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("empty fields are explained by the server", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    const summary = errorSummary(page);
    await expect(summary).toContainText("Enter your email address");
    await expect(summary).toContainText("Enter your password");
  });
});

test("sign-in is rate-limited after repeated failures", async ({ page }) => {
  const email = "psd@gwent.example.org";
  for (let i = 0; i < 5; i++) {
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill(`wrong-${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(errorSummary(page)).toContainText("Enter a correct email address and password");
  }
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(errorSummary(page)).toContainText("too many attempts");
  await expect(page).toHaveURL("/sign-in");
});
