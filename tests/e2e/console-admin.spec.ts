import { expect, test, type Page } from "@playwright/test";
import { createDb } from "../../lib/db/client";
import { consentOnRemote, emulator } from "./support/app";
import { createStaff, signIn } from "./support/console-helpers";
import { E2E } from "./support/ports";

const ADMIN = { email: "console-admin@e2e.test", password: "admin-password-e2e-1" };
const COMPANY = "Northwind Traders Ltd";
const ACCOUNT = /Oliver Bennett — Northwind Traders Ltd/;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  createStaff(ADMIN.email, "admin", ADMIN.password);
});

async function openConnection(page: Page) {
  await page.goto(`/console?q=${encodeURIComponent("Northwind")}`);
  await page.getByTestId("connections-table").getByRole("link", { name: COMPANY }).click();
  await expect(page.getByRole("heading", { level: 1, name: COMPANY })).toBeVisible();
}

/** Live data is fetched only on request. */
async function loadLiveData(page: Page) {
  await page.getByRole("button", { name: /Load live data|Reload live data/ }).click();
  await expect(page.getByTestId("live-company-name")).toHaveText(COMPANY);
}

type Logged = { method: string; path: string };
async function remoteRequests(): Promise<Logged[]> {
  const r = await emulator<{ requests?: Logged[] } | Logged[]>("GET", "/requests");
  return Array.isArray(r) ? r : (r.requests ?? []);
}

test("admin sees a company connected through the emulator, opens it and sees live data", async ({ page }) => {
  await page.goto("/connect/start");
  await consentOnRemote(page, ACCOUNT);
  await expect(page.getByRole("heading", { name: new RegExp(`${COMPANY} is connected`) })).toBeVisible();

  await signIn(page, ADMIN.email, ADMIN.password);
  await expect(page.getByTestId("count-connected")).not.toContainText(/^\D*0$/);
  await page.getByRole("searchbox", { name: "Search" }).fill("northwind");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=northwind/);
  const row = page.getByTestId("connections-table").getByRole("row", { name: new RegExp(COMPANY) });
  await expect(row).toContainText("Connected");
  await row.getByRole("link", { name: COMPANY }).click();

  await expect(page.getByRole("heading", { level: 1, name: COMPANY })).toBeVisible();
  await loadLiveData(page);
  await expect(page.getByTestId("employment-count")).toHaveText(/^\d+/);
  await expect(page.getByTestId("timeline")).toContainText("Connected");

  // No token the emulator ever issued is in the page.
  const html = await page.content();
  for (const t of await emulator<{ access_token: string; refresh_token?: string }[]>("GET", "/tokens")) {
    expect(html).not.toContain(t.access_token);
    if (t.refresh_token) expect(html).not.toContain(t.refresh_token);
  }
});

test("opening a connection page calls nobody and writes nothing; live data on request uses the stored token", async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  const db = createDb(E2E.databaseUrl);
  try {
    const before = await db.connection.findFirstOrThrow({ where: { companyName: COMPANY } });
    const audit = await db.auditEvent.count();
    await emulator("DELETE", "/requests");

    for (let i = 0; i < 2; i++) {
      await page.goto(`/console/connections/${before.id}`);
      await expect(page.getByRole("button", { name: "Load live data" })).toBeVisible();
      await page.waitForLoadState("networkidle");
    }
    expect(await remoteRequests()).toEqual([]);
    expect(await db.connection.findUniqueOrThrow({ where: { id: before.id } })).toEqual(before);
    expect(await db.auditEvent.count()).toBe(audit);

    await loadLiveData(page);
    const paths = (await remoteRequests()).map((r) => r.path);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths).not.toContain("/auth/oauth2/token");
    const after = await db.connection.findUniqueOrThrow({ where: { id: before.id } });
    expect({ tokenVersion: after.tokenVersion, lastRefreshAt: after.lastRefreshAt }).toEqual({ tokenVersion: before.tokenVersion, lastRefreshAt: before.lastRefreshAt });
    expect(await db.auditEvent.count()).toBe(audit);
  } finally {
    await db.$disconnect();
  }
});

test("admin refreshes, tests, disconnects, and reconnects the company through a link", async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await openConnection(page);

  await page.getByRole("button", { name: "Refresh now" }).click();
  await expect(page.getByText(/^Token refreshed\. The new access token is valid until/)).toBeVisible();
  await expect(page.getByTestId("timeline")).toContainText("Token refreshed");

  await page.getByRole("button", { name: "Test connection" }).click();
  await expect(page.getByText(`Remote answered: the token works for ${COMPANY}.`)).toBeVisible();

  await page.getByRole("button", { name: "Disconnect" }).click();
  const dialog = page.getByRole("dialog", { name: `Disconnect ${COMPANY}?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Disconnect and erase tokens" }).click();
  await expect(page.getByText(/^Disconnected\. Its tokens are erased/)).toBeVisible();
  await expect(page.getByTestId("connection-facts")).toContainText("Disconnected");
  await expect(page.getByTestId("connection-facts")).toContainText("No tokens stored");
  await expect(page.getByTestId("live-data-unavailable")).toBeVisible();
  await expect(page.getByRole("button", { name: "Refresh now" })).toBeDisabled();

  await page.getByRole("button", { name: "Copy reconnect link" }).click();
  const linkField = page.getByLabel("Reconnect link (single use)");
  await expect(linkField).toHaveValue(new RegExp(`^${E2E.appUrl}/connect/`));
  const url = await linkField.inputValue();

  await page.goto(url);
  await page.getByRole("link", { name: "Connect Remote" }).click();
  await consentOnRemote(page, ACCOUNT);
  await expect(page.getByRole("heading", { name: new RegExp(`${COMPANY} is connected`) })).toBeVisible();

  await openConnection(page);
  await expect(page.getByTestId("connection-facts")).toContainText("Connected");
  await loadLiveData(page);
  await expect(page.getByTestId("timeline")).toContainText("Reconnected");
  await expect(page.getByTestId("timeline")).toContainText("Disconnected");
});

test("admin creates, copies and revokes a connect link", async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto("/console/connect-links");
  await page.getByLabel("External id").fill("crm-e2e-77");
  await page.getByLabel("Expires after").selectOption({ label: "1 day" });
  await page.getByLabel("Note").fill("for the e2e customer");
  await page.getByRole("button", { name: "Create link" }).click();
  await expect(page.getByText(/^Link created, valid until/)).toBeVisible();
  await expect(page.getByLabel(/New connect link/)).toHaveValue(new RegExp(`^${E2E.appUrl}/connect/[A-Za-z0-9_-]+$`));

  const created = await page.getByLabel(/New connect link/).inputValue();

  const row = page.getByTestId("links-table").getByRole("row", { name: /crm-e2e-77/ });
  await expect(row).toContainText("Pending");
  // Copy again from the list, after a reload: the URL is fetched on demand and is the same link.
  await page.reload();
  await row.getByRole("button", { name: "Copy link" }).click();
  await expect(row.getByLabel("Connect link")).toHaveValue(created);
  page.once("dialog", (d) => d.accept());
  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(row).toContainText("Revoked");

  await page.goto("/console/connect-links?state=revoked&q=crm-e2e-77");
  await expect(page.getByTestId("links-table").getByRole("row")).toHaveCount(2);
});

test("admin creates an API key that is shown once and works, then revokes it", async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto("/console/api-keys");
  await page.getByLabel("Name").fill("e2e billing service");
  await page.getByRole("button", { name: "Create key" }).click();
  const field = page.getByLabel(/API key \(shown only once/);
  await expect(field).toHaveValue(/^rck_/);
  const key = await field.inputValue();
  const call = () => fetch(`${E2E.appUrl}/api/v1/connections`, { headers: { authorization: `Bearer ${key}` } }).then((r) => r.status);
  expect(await call()).toBe(200);

  await page.reload();
  expect(await page.content()).not.toContain(key);
  const row = page.getByTestId("api-keys-table").getByRole("row", { name: /e2e billing service/ });
  await expect(row).toContainText(key.slice(0, 12));
  page.once("dialog", (d) => d.accept());
  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(row).toContainText("Revoked");
  expect(await call()).toBe(401);
});

test("the audit log filters by type, connection and actor; settings show the deployment without secrets", async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto("/console/audit");
  await page.getByLabel("Event", { exact: true }).selectOption({ label: "Disconnected" });
  await page.getByLabel("Actor", { exact: true }).fill(ADMIN.email);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/type=connection\.disconnected/);
  const table = page.getByTestId("audit-table");
  await expect(table).toContainText(COMPANY);
  await expect(table.locator("tbody tr")).toHaveCount(1);

  await openConnection(page);
  await page.getByRole("link", { name: "Full history" }).click();
  await expect(page).toHaveURL(/connectionId=/);
  await expect(page.getByTestId("audit-table")).toContainText("Reconnected");

  await page.goto("/console/settings");
  await expect(page.getByText(`${E2E.appUrl}/connect/callback`)).toBeVisible();
  await expect(page.getByText("rcemulatordemoclient01")).toBeVisible();
  await expect(page.getByTestId("key-ring")).toContainText("e2e");
  const html = await page.content();
  expect(html).not.toContain(E2E.appEnv.REMOTE_CLIENT_SECRET);
  expect(html).not.toContain(E2E.appEnv.TOKEN_ENCRYPTION_KEYS.split(":")[1]);
  expect(html).not.toContain(E2E.appEnv.AUTH_SECRET);
});
