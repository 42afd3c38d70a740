import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { cli, emulator } from "./support/app";
import { partnerApi, uniqueCompany } from "./support/create-company";
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
