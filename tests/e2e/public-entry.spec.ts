import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { cli, emulator } from "./support/app";
import { partnerApi, uniqueCompany } from "./support/create-company";
import { createStaff, signIn } from "./support/console-helpers";
import { E2E } from "./support/ports";

let apiKey: string;

test.beforeAll(async () => {
  await emulator("POST", "/reset");
  apiKey = cli("api-keys:create", ["--name", "e2e-public-entry"]);
});

test("a create-company link opens a prefilled form with the owner's e-mail locked; the company carries the external id; the link works once", async ({ page }) => {
  const c = uniqueCompany("GBR");
  const externalId = `crm-${Date.now().toString(36)}`;
  const made = await partnerApi("POST", "/api/v1/create-company-links", apiKey, {
    external_id: externalId,
    prefill: { company_name: c.name, country_code: "GBR", owner_name: c.owner, owner_email: c.email },
    lock_owner_email: true,
  });
  expect(made.status).toBe(201);
  const url: string = made.body.url;

  await page.goto(url);
  await expect(page.getByRole("heading", { name: "Create your Remote account" })).toBeVisible();
  await expect(page.getByLabel("Company legal name")).toHaveValue(c.name);
  await expect(page.getByLabel("Country of incorporation")).toHaveValue("GBR");
  await expect(page.getByLabel("Owner's full name")).toHaveValue(c.owner);
  const email = page.getByLabel("Owner's work email");
  await expect(email).toHaveValue(c.email);
  await expect(email).not.toBeEditable();
  // The prefilled country's address schema is loaded without touching the select.
  await expect(page.getByLabel("Postcode")).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.locator("#cc-id_number").fill(c.tax);
  await page.getByLabel("Address", { exact: true }).fill("221 Baker Street");
  await page.getByLabel("Town or city").fill("London");
  await page.getByLabel("Postcode").fill("NW1 6XE");
  await page.getByLabel("Phone number").fill("+44 20 7946 0958");
  await page.getByLabel(/I have read and accept/).check();
  await page.getByRole("button", { name: "Create Remote account" }).click();
  await expect(page).toHaveURL(`${E2E.appUrl}/create-company/done`);
  await expect(page.getByRole("heading", { name: `${c.name} is on Remote and connected` })).toBeVisible();

  const found = await partnerApi("GET", `/api/v1/connections?external_id=${externalId}`, apiKey);
  expect(found.body.data).toHaveLength(1);

  await page.goto(url);
  await expect(page.getByRole("heading", { name: "This link was already used" })).toBeVisible();
});

test("console: an admin creates a prefilled create-company link, copies it, and the page stays accessible", async ({ page }) => {
  const admin = { email: `cc-admin-${Date.now().toString(36)}@partner.example`, password: "correct horse battery staple 42" };
  createStaff(admin.email, "admin", admin.password);
  await signIn(page, admin.email, admin.password);
  await page.getByRole("link", { name: "Create-company links" }).click();
  await expect(page.getByRole("heading", { name: "Create-company links" })).toBeVisible();
  const externalId = `crm-console-${Date.now().toString(36)}`;
  await page.getByLabel("External id").fill(externalId);
  await page.getByLabel(/Company name/).fill("Console Co");
  await page.getByLabel(/Owner's e-mail/).fill("owner@console.example");
  await page.getByLabel("Lock the owner's e-mail").check();
  await page.getByRole("button", { name: "Create link" }).click();
  const field = page.getByLabel("New create-company link (single use)");
  await expect(field).toHaveValue(new RegExp(`^${E2E.appUrl}/create-company/[A-Za-z0-9_-]{32}$`));
  const row = page.locator("tr", { hasText: externalId });
  await expect(row).toContainText("owner@console.example (locked)");
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);

  await page.goto(await field.inputValue());
  await expect(page.getByLabel("Company legal name")).toHaveValue("Console Co");
});
