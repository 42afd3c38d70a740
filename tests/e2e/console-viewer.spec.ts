import { expect, test } from "@playwright/test";
import { cli, consentOnRemote } from "./support/app";
import { argsFor, callAction, consoleActions, createStaff, signIn, VIEWER_CANNOT_ACT } from "./support/console-helpers";
import { E2E } from "./support/ports";

const VIEWER = { email: "console-viewer@e2e.test", password: "viewer-password-e2e-1" };
const COMPANY = "Globex Corporation";

test.beforeAll(async () => {
  createStaff(VIEWER.email, "viewer", VIEWER.password);
  const key = cli("api-keys:create", ["--name", "viewer-spec-key"]);
  const res = await fetch(`${E2E.appUrl}/api/v1/connect-links`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify({ external_id: "viewer-spec-link" }),
  });
  expect(res.status).toBe(201);
});

test("a viewer sees everything and no action buttons", async ({ page }) => {
  await page.goto("/connect/start");
  await consentOnRemote(page, /Lisa Park — Globex Corporation/);
  await expect(page.getByRole("heading", { name: new RegExp(`${COMPANY} is connected`) })).toBeVisible();

  await signIn(page, VIEWER.email, VIEWER.password);
  await expect(page.getByText("viewer", { exact: true })).toBeVisible();
  await expect(page.getByTestId("connections-table")).toContainText(COMPANY);
  await expect(page.getByRole("link", { name: "New connect link" })).toHaveCount(0);

  await page.getByTestId("connections-table").getByRole("link", { name: COMPANY }).click();
  // Reading live data is for viewers too; it is fetched on request only.
  await page.getByRole("button", { name: "Load live data" }).click();
  await expect(page.getByTestId("live-company-name")).toHaveText(COMPANY);
  await expect(page.getByTestId("viewer-note")).toBeVisible();
  for (const name of ["Refresh now", "Test connection", "Copy reconnect link", "Disconnect"]) {
    await expect(page.getByRole("button", { name })).toHaveCount(0);
  }

  await page.goto("/console/connect-links");
  await expect(page.getByTestId("links-table")).toContainText("viewer-spec-link");
  await expect(page.getByRole("button", { name: "Create link" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Revoke" })).toHaveCount(0);

  await page.goto("/console/api-keys");
  await expect(page.getByTestId("api-keys-table")).toContainText("viewer-spec-key");
  await expect(page.getByRole("button", { name: "Create key" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Revoke" })).toHaveCount(0);

  await page.goto("/console/audit");
  await expect(page.getByTestId("audit-table")).toBeVisible();
  await page.goto("/console/settings");
  await expect(page.getByTestId("key-ring")).toBeVisible();
});

test("every console server action refuses a viewer's direct call, and nothing changes", async ({ page }) => {
  await signIn(page, VIEWER.email, VIEWER.password);
  await page.goto(`/console?q=${encodeURIComponent("Globex")}`);
  const connectionId = await page.getByTestId("connections-table").locator("tr[data-connection-id]").first().getAttribute("data-connection-id");
  await page.goto("/console/connect-links?q=viewer-spec-link");
  const linkId = await page.locator("tr[data-link-id]").first().getAttribute("data-link-id");
  await page.goto("/console/api-keys");
  const keyId = await page.getByTestId("api-keys-table").getByRole("row", { name: /viewer-spec-key/ }).getAttribute("data-key-id");
  expect(connectionId && linkId && keyId).toBeTruthy();
  const ids = { connectionId: connectionId!, linkId: linkId!, keyId: keyId! };

  // Loading live data only reads (viewers may); every other action changes something.
  for (const action of consoleActions().filter((a) => a.name !== "signOutAction" && a.name !== "loadLiveDataAction")) {
    const res = await callAction(page.request, action, argsFor(action.name, ids), { id: ids.connectionId });
    expect(res.status, action.name).toBe(200);
    expect(res.body, action.name).toContain(VIEWER_CANNOT_ACT);
    expect(res.body, action.name).not.toContain("/connect/");
    expect(res.body, action.name).not.toContain("rck_");
  }

  await page.goto(`/console/connections/${ids.connectionId}`);
  await expect(page.getByTestId("connection-facts")).toContainText("Connected");
  await expect(page.getByTestId("timeline")).not.toContainText("Disconnected");
  await page.goto("/console/connect-links?q=viewer-spec-link");
  await expect(page.getByTestId("links-table")).toContainText("Pending");
  await page.goto("/console/connect-links?q=attacker-made");
  await expect(page.getByTestId("empty-state")).toBeVisible();
  await page.goto("/console/api-keys");
  await expect(page.getByTestId("api-keys-table").getByRole("row", { name: /viewer-spec-key/ })).toContainText("Active");
  await expect(page.getByTestId("api-keys-table")).not.toContainText("attacker-made");
});
