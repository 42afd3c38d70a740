import { expect, test } from "@playwright/test";
import { consentOnRemote, emulator } from "./support/app";
import { createStaff, signIn } from "./support/console-helpers";
import { E2E } from "./support/ports";

// Remote refusing this app's client credentials (a secret rotated at Remote but not here) pauses
// token requests for every company; staff must see why on every console page, whatever their role.

const ADMIN = { email: "circuit-admin@e2e.test", password: "circuit-admin-password-1" };
const VIEWER = { email: "circuit-viewer@e2e.test", password: "circuit-viewer-password-1" };
const COMPANY = "Acme Robotics GmbH";
const CLIENT = `/clients/${E2E.appEnv.REMOTE_CLIENT_ID}`;

test.describe.configure({ mode: "serial" });

test.beforeAll(() => {
  createStaff(ADMIN.email, "admin", ADMIN.password);
  createStaff(VIEWER.email, "viewer", VIEWER.password);
});

test.afterAll(async () => {
  await emulator("POST", CLIENT, { client_secret: E2E.appEnv.REMOTE_CLIENT_SECRET });
});

test("a refused client secret shows a banner to admins and viewers until Remote accepts it again", async ({ page, browser }) => {
  await page.goto("/connect/start");
  await consentOnRemote(page, /Max Mustermann — Acme Robotics GmbH/);
  await expect(page.getByRole("heading", { name: new RegExp(`${COMPANY} is connected`) })).toBeVisible();

  await signIn(page, ADMIN.email, ADMIN.password);
  await expect(page.getByTestId("client-circuit-banner")).toHaveCount(0);
  await page.goto(`/console?q=${encodeURIComponent("Acme")}`);
  await page.getByTestId("connections-table").getByRole("link", { name: COMPANY }).click();
  await expect(page.getByRole("heading", { level: 1, name: COMPANY })).toBeVisible();
  const connectionUrl = page.url();

  await emulator("POST", CLIENT, { client_secret: "rotated-at-remote-only" });
  await page.getByRole("button", { name: "Refresh now" }).click();
  await expect(page.getByTestId("connection-actions").getByText(/^Remote refused this app's client credentials/)).toBeVisible();
  await page.reload();
  const banner = page.getByTestId("client-circuit-banner");
  await expect(banner).toContainText("Remote refuses this app's client credentials (invalid_client)");
  await expect(banner).toContainText("REMOTE_CLIENT_SECRET");
  // The company itself is not blamed.
  await expect(page.getByTestId("connection-facts")).not.toContainText("Needs reconnect");
  await page.goto("/console/audit");
  await expect(banner).toBeVisible();
  await expect(page.getByTestId("audit-table")).toContainText("Client credentials refused");

  const viewerContext = await browser.newContext();
  const viewer = await viewerContext.newPage();
  await signIn(viewer, VIEWER.email, VIEWER.password);
  await expect(viewer.getByTestId("client-circuit-banner")).toContainText("token requests for every company are paused");
  await viewerContext.close();

  // Fixed at Remote: after the 2 s cool-down the next refresh is the probe, and the banner goes.
  await emulator("POST", CLIENT, { client_secret: E2E.appEnv.REMOTE_CLIENT_SECRET });
  await page.waitForTimeout(2_100);
  await page.goto(connectionUrl);
  await page.getByRole("button", { name: "Refresh now" }).click();
  await expect(page.getByText(/^Token refreshed\./)).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("client-circuit-banner")).toHaveCount(0);
});
