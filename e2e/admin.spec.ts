import { expect, test } from "@playwright/test";
import { signIn, errorSummary } from "./helpers.ts";

test("an admin adds a user after fixing errors; the user signs in; deactivation signs them out for good", async ({ page, browser }) => {
  await signIn(page, "admin@example.org");
  await page.goto("/admin/users/new");
  await page.getByLabel("Full name").fill("Sam Patel");
  await page.getByLabel("Email address").fill("not-an-email");
  await page.getByLabel("Professional standards").check();
  await page.getByRole("button", { name: "Add user" }).click();
  const summary = errorSummary(page);
  await expect(summary).toContainText("Enter an email address in the correct format");
  await expect(summary).toContainText("Select the user's force");
  // Nothing typed is lost.
  await expect(page.getByLabel("Full name")).toHaveValue("Sam Patel");

  await page.getByLabel("Email address").fill("sam.patel@dorset.example.org");
  await page.getByLabel("Force").selectOption({ label: "Dorset Police" });
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByRole("heading", { name: "User added" })).toBeVisible();
  const password = (await page.getByTestId("temporary-password").textContent())!.trim();
  expect(password.length).toBeGreaterThanOrEqual(12);

  const other = await browser.newContext();
  const samPage = await other.newPage();
  await signIn(samPage, "sam.patel@dorset.example.org", password);
  await expect(samPage).toHaveURL("/psd");
  await expect(samPage.getByText("Dorset Police").first()).toBeVisible();

  // The same email cannot be added twice.
  await page.goto("/admin/users/new");
  await page.getByLabel("Full name").fill("Sam Again");
  await page.getByLabel("Email address").fill("sam.patel@dorset.example.org");
  await page.getByLabel("Inspector").check();
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(errorSummary(page)).toContainText("already exists");

  await page.goto("/admin?q=sam.patel");
  await page.getByRole("button", { name: "Deactivate sam.patel@dorset.example.org" }).click();
  await expect(page.getByRole("row", { name: /sam\.patel/ })).toContainText("Deactivated");

  await samPage.goto("/psd");
  await expect(samPage).toHaveURL("/sign-in");
  await samPage.getByLabel("Email address").fill("sam.patel@dorset.example.org");
  await samPage.getByLabel("Password").fill(password);
  await samPage.getByRole("button", { name: "Sign in" }).click();
  await expect(errorSummary(samPage)).toContainText("deactivated");
  await other.close();
});
