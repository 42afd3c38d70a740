import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { cli, emulator } from "./support/app";
import { fillCompanyForm, uniqueCompany, companyPosts, issuedTokens, partnerApi } from "./support/create-company";
import { E2E } from "./support/ports";

let apiKey: string;
const root = path.resolve(__dirname, "../..");

test.beforeAll(async () => {
  await emulator("POST", "/reset");
  apiKey = cli("api-keys:create", ["--name", "e2e-create-company"]);
});
test.afterEach(async () => {
  await emulator("DELETE", "/faults");
  await emulator("POST", "/config", { validation_error_shape: "errors", not_entitled_shape: "action_error" });
  await emulator("POST", "/clients/rcemulatordemoclient01", { entitlements: { get_oauth_access_tokens: true, send_create_password_email: true } });
});

/** Every body the app sent the browser (HTML, RSC payloads, action replies), to search for tokens. */
function recordAppResponses(page: Page) {
  const bodies: Promise<string>[] = [];
  page.on("response", (r) => {
    if (r.url().startsWith(E2E.appUrl)) bodies.push(r.text().catch(() => ""));
  });
  return async () => (await Promise.all(bodies)).join("\n");
}

const submit = (page: Page) => page.getByRole("button", { name: "Create Remote account" }).click();

test("two countries, two address schemas: each company is created, connected, and has an access token", async ({ page }) => {
  const seen = recordAppResponses(page);
  await page.goto("/");
  await page.getByRole("link", { name: "No Remote account yet? Create one" }).click();
  await expect(page.getByRole("heading", { name: "Create your Remote account" })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Changing the country changes the address fields (Remote's schema, rendered by json-schema-form).
  const country = page.getByLabel("Country of incorporation");
  await country.selectOption({ label: "United States" });
  await expect(page.getByLabel("State")).toBeVisible();
  await expect(page.getByLabel("ZIP code")).toBeVisible();
  await expect(page.getByLabel("Billing currency")).toHaveValue("USD");
  await country.selectOption({ label: "United Kingdom" });
  await expect(page.getByLabel("Postcode")).toBeVisible();
  await expect(page.getByLabel("County (optional)")).toBeVisible();
  await expect(page.getByLabel("State")).toHaveCount(0);

  const created: { name: string; id: string }[] = [];
  for (const c of [uniqueCompany("USA"), uniqueCompany("GBR")]) {
    await page.goto("/create-company?fresh=1");
    await fillCompanyForm(page, c);
    await submit(page);
    await expect(page).toHaveURL(`${E2E.appUrl}/create-company/done`);
    await expect(page.getByRole("heading", { name: `${c.name} is on Remote and connected` })).toBeVisible();
    created.push({ name: c.name, id: (await page.getByTestId("remote-company-id").textContent())! });
  }
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  const tokens = await issuedTokens();
  for (const c of created) {
    const list = await partnerApi("GET", `/api/v1/connections?remote_company_id=${c.id}`, apiKey);
    expect(list.body.data).toEqual([expect.objectContaining({ company_name: c.name, source: "company_creation", status: "connected" })]);
    const token = await partnerApi("POST", `/api/v1/connections/${list.body.data[0].id}/access-token`, apiKey);
    expect(token.status).toBe(200);
    expect(token.body).toMatchObject({ token_type: "Bearer", remote_company_id: c.id });
    expect(tokens).toContain(token.body.access_token);
  }

  // No token in any page, RSC payload or action reply, nor in the URL.
  const bodies = await seen();
  for (const t of tokens) expect(bodies).not.toContain(t);
  expect(page.url()).toBe(`${E2E.appUrl}/create-company/done`);
});

test("a double click, then back and submit again: one company", async ({ page }) => {
  const c = uniqueCompany("USA");
  await page.goto("/create-company?fresh=1");
  await fillCompanyForm(page, c);
  await page.getByRole("button", { name: "Create Remote account" }).dblclick();
  await expect(page.getByRole("heading", { name: `${c.name} is on Remote and connected` })).toBeVisible();

  await page.goBack();
  await expect(page.getByLabel("Company legal name")).toHaveValue(c.name);
  await page.getByLabel(/I have read and accept/).check();
  await submit(page);
  await expect(page.getByText("This form had already been sent, so no second company was created.")).toBeVisible();

  await page.reload();
  await expect(page.getByRole("heading", { name: `${c.name} is on Remote and connected` })).toBeVisible();
  expect((await companyPosts()).filter((p) => (p.body as { name?: string })?.name === c.name)).toHaveLength(1);
  const state = await emulator<{ companies: { name: string }[] }>("GET", "/state");
  expect(state.companies.filter((x) => x.name === c.name)).toHaveLength(1);
});

test("terms accepted more than 15 minutes ago: asked again, nothing sent", async ({ page }) => {
  await page.clock.install();
  const c = uniqueCompany("USA");
  await page.goto("/create-company?fresh=1");
  await fillCompanyForm(page, c);
  await page.clock.fastForward("16:00");
  const before = (await companyPosts()).length;
  await submit(page);
  const terms = page.getByLabel(/I have read and accept/);
  await expect(terms).not.toBeChecked();
  await expect(terms).toBeFocused();
  await expect(page.locator("#cc-terms-error")).toContainText("tick the box again");
  expect((await companyPosts()).length).toBe(before);

  await terms.check();
  await submit(page);
  await expect(page.getByRole("heading", { name: `${c.name} is on Remote and connected` })).toBeVisible();
});

for (const shape of ["errors", "message"] as const) {
  test(`Remote's 422 (${shape} shape): messages beside their fields, answers kept`, async ({ page }) => {
    await emulator("POST", "/config", { validation_error_shape: shape });
    const c = uniqueCompany("USA", { email: "jane@acme.example" });
    await page.goto("/create-company?fresh=1");
    await fillCompanyForm(page, c);
    await submit(page);
    const email = page.getByLabel("Owner's work email");
    await expect(page.locator("#cc-company_owner_email-error")).toHaveText("Owner's work email has already been taken");
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveAttribute("aria-describedby", /cc-company_owner_email-error/);
    await expect(email).toBeFocused();
    await expect(page.getByLabel("Company legal name")).toHaveValue(c.name);
    await expect(page.getByRole("link", { name: "Connect an existing Remote company instead" })).toHaveAttribute("href", "/connect/start");

    // An address field Remote refuses (address_details.postal_code) lands beside that field.
    const body =
      shape === "errors"
        ? { errors: { "address_details.postal_code": ["has invalid format"] } }
        : { message: [{ code: "invalid_param", message: "address_details.postal_code has invalid format", param: "address_details.postal_code" }] };
    await emulator("POST", "/faults", { target: "companies", mode: "error", status: 422, body, times: 1 });
    await email.fill(`fixed-${Date.now()}@example.com`);
    await submit(page);
    await expect(page.locator("#cc-address-postal_code-error")).toHaveText("ZIP code has invalid format");
    await expect(page.getByLabel("ZIP code")).toHaveValue("94115");
  });
}

test("409 already registered: connect the existing company through consent instead", async ({ page }) => {
  const c = uniqueCompany("USA", { tax: "12-3456789" });
  await page.goto("/create-company?fresh=1");
  await fillCompanyForm(page, c);
  await submit(page);
  await expect(page.getByRole("alert").filter({ hasText: "This company is already on Remote" })).toBeFocused();
  await page.getByRole("link", { name: "Connect an existing Remote company instead" }).click();
  await expect(page).toHaveURL(new RegExp(`^${E2E.emulatorUrl}/auth/oauth2/authorize`));
  await page.getByLabel(/Hank Scorpio — Globex Corporation/).check();
  await page.getByRole("button", { name: "Allow" }).click();
  await expect(page.getByRole("heading", { name: "Globex Corporation is connected to Remote" })).toBeVisible();
});

test("not entitled to tokens: the company is created, then the owner consents with Connect Remote", async ({ page }) => {
  await emulator("POST", "/clients/rcemulatordemoclient01", { entitlements: { get_oauth_access_tokens: false } });
  await emulator("POST", "/config", { not_entitled_shape: "invalid_params" });
  const c = uniqueCompany("GBR");
  await page.goto("/create-company?fresh=1");
  await fillCompanyForm(page, c);
  await submit(page);
  await expect(page.getByRole("heading", { name: `${c.name} was created on Remote` })).toBeVisible();
  await page.getByRole("link", { name: "Connect Remote" }).click();
  await page.getByLabel(new RegExp(`${c.owner} — ${c.name}`)).check();
  await page.getByRole("button", { name: "Allow" }).click();
  await expect(page.getByRole("heading", { name: `${c.name} is connected to Remote` })).toBeVisible();
  const list = await partnerApi("GET", `/api/v1/connections?status=connected`, apiKey);
  expect(list.body.data.filter((x: { company_name: string }) => x.company_name === c.name)).toEqual([expect.objectContaining({ source: "consent" })]);
});

test("Remote down: a retry message, nothing stored, and the same form works once it is back", async ({ page }) => {
  await emulator("POST", "/faults", { target: "companies", mode: "error", status: 503, times: 1 });
  const c = uniqueCompany("USA");
  await page.goto("/create-company?fresh=1");
  await fillCompanyForm(page, c);
  await submit(page);
  await expect(page.getByRole("alert").filter({ hasText: "Remote is not responding" })).toBeVisible();
  await expect(page.getByLabel("Company legal name")).toHaveValue(c.name);
  const list = await partnerApi("GET", `/api/v1/connections`, apiKey);
  expect(list.body.data.filter((x: { company_name: string }) => x.company_name === c.name)).toHaveLength(0);
  await submit(page);
  await expect(page.getByRole("heading", { name: `${c.name} is on Remote and connected` })).toBeVisible();
});

test("no issued token in the database file or the client bundle", async () => {
  const tokens = await issuedTokens();
  expect(tokens.length).toBeGreaterThan(0);
  const files = E2E.databaseUrl.startsWith("file:") ? ["", "-wal"].map((s) => path.resolve(root, E2E.databaseUrl.slice(5)) + s).filter(existsSync) : [];
  const staticDir = path.join(root, process.env.NEXT_DIST_DIR || ".next", "static");
  if (existsSync(staticDir)) files.push(...readdirSync(staticDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)));
  for (const f of files) {
    const raw = readFileSync(f).toString("latin1");
    for (const t of tokens) expect(raw.includes(t), `${path.relative(root, f)} holds a plaintext token`).toBe(false);
  }
});
