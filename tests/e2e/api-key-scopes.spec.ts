import { expect, test } from "@playwright/test";
import { cli } from "./support/app";
import { createStaff, signIn } from "./support/console-helpers";
import { E2E } from "./support/ports";

const ADMIN = { email: "scopes-admin@e2e.test", password: "scopes-password-e2e-1" };

test.describe.configure({ mode: "serial" });
test.beforeAll(() => createStaff(ADMIN.email, "admin", ADMIN.password));

const api = (key: string, path: string, init: RequestInit = {}) =>
  fetch(`${E2E.appUrl}${path}`, { ...init, headers: { authorization: `Bearer ${key}`, "content-type": "application/json" } });

test("admin creates a read-only key limited to an external-id prefix; the API holds it to that", async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto("/console/api-keys");
  // Every scope is ticked to start with, each explained.
  for (const s of ["tokens:issue", "connections:read", "connections:write", "proxy", "webhooks:manage"]) await expect(page.getByRole("checkbox", { name: new RegExp(`^${s}`) })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /^proxy/ })).toHaveAccessibleDescription("Call Remote's API through this service.");

  await page.getByLabel("Name").fill("e2e shop reader");
  await page.getByLabel(/Limit to external ids/).fill("shop-");
  await page.getByRole("button", { name: "Create key" }).click();
  // A prefixed key cannot manage webhooks: said plainly, nothing created.
  await expect(page.getByTestId("feedback")).toContainText("cannot have the webhooks:manage scope");

  for (const s of ["tokens:issue", "connections:write", "proxy", "webhooks:manage"]) await page.getByRole("checkbox", { name: new RegExp(`^${s}`) }).uncheck();
  await page.getByRole("button", { name: "Create key" }).click();
  const field = page.getByLabel(/API key \(shown only once/);
  await expect(field).toHaveValue(/^rck_/);
  const key = await field.inputValue();

  const list = await api(key, "/api/v1/connections");
  expect(list.status).toBe(200);
  expect(list.headers.get("ratelimit-limit")).toMatch(/^\d+$/);
  const link = await api(key, "/api/v1/connect-links", { method: "POST", body: JSON.stringify({ external_id: "shop-1" }) });
  expect(link.status).toBe(403);
  expect((await link.json()).error).toMatchObject({ code: "insufficient_scope", message: "This API key lacks the scope connections:write." });

  await page.reload();
  const row = page.getByTestId("api-keys-table").getByRole("row", { name: /e2e shop reader/ });
  await expect(row.getByTestId("key-scopes")).toHaveText("connections:read");
  await expect(row.getByTestId("key-connections")).toHaveText("External id starts with shop-");
  expect(await page.getByTestId("api-keys-table").getByRole("row", { name: /e2e shop reader/ }).count()).toBe(1);
});

test("the CLI takes scopes and a prefix, and names the valid scopes for a wrong one", async ({ page }) => {
  const key = cli("api-keys:create", ["--name", "e2e cli proxy", "--scopes", "proxy,tokens:issue", "--connection-external-id-prefix", "crm-"]);
  expect((await api(key, "/api/v1/connections")).status).toBe(403);
  expect(() => cli("api-keys:create", ["--name", "bad", "--scopes", "tokens"])).toThrow(
    'Unknown scope "tokens"; the scopes are tokens:issue, connections:read, connections:write, proxy, webhooks:manage.',
  );
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto("/console/api-keys");
  const row = page.getByTestId("api-keys-table").getByRole("row", { name: /e2e cli proxy/ });
  await expect(row.getByTestId("key-scopes")).toHaveText("tokens:issueproxy");
  await expect(page.getByTestId("api-keys-table")).not.toContainText("e2e cli bad");
});
