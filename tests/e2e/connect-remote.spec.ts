import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { cli, consentOnRemote, emulator } from "./support/app";
import { E2E } from "./support/ports";

const api = async (method: string, p: string, key: string, body?: unknown) => {
  const res = await fetch(`${E2E.appUrl}${p}`, {
    method,
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, body: await res.json() };
};

let apiKey: string;

test.beforeAll(async () => {
  await emulator("POST", "/reset");
  apiKey = cli("api-keys:create", ["--name", "e2e-connect"]);
});

test("a company admin clicks Connect Remote, consents on Remote and sees the company connected", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("environment-badge")).toHaveText("EMULATOR");
  await page.getByRole("link", { name: "Connect Remote" }).click();
  await consentOnRemote(page, /Jane Doe — Acme Robotics GmbH/);
  await expect(page).toHaveURL(`${E2E.appUrl}/connect/done`);
  await expect(page.getByRole("heading", { name: "Acme Robotics GmbH is connected to Remote" })).toBeVisible();
  // The code never stays in the address bar, and the page holds no token.
  expect(page.url()).not.toContain("code=");
  const html = await page.content();
  for (const t of await emulator<{ access_token: string; refresh_token?: string }[]>("GET", "/tokens")) {
    expect(html).not.toContain(t.access_token);
    if (t.refresh_token) expect(html).not.toContain(t.refresh_token);
  }

  const list = await api("GET", "/api/v1/connections?remote_company_id=3b6f2c1e-5a4d-4c8e-9f21-0a7d6e5b4c31", apiKey);
  expect(list.body.data).toHaveLength(1);

  // Reconnecting the same company keeps one connection.
  await page.goto("/");
  await page.getByRole("link", { name: "Connect Remote" }).click();
  await consentOnRemote(page, /Max Mustermann — Acme Robotics GmbH/);
  await expect(page.getByText("Reconnected")).toBeVisible();
  const again = await api("GET", "/api/v1/connections?remote_company_id=3b6f2c1e-5a4d-4c8e-9f21-0a7d6e5b4c31", apiKey);
  expect(again.body.data).toHaveLength(1);
});

test("a connect link ties the connection to the partner's external id and works once", async ({ page }) => {
  const link = await api("POST", "/api/v1/connect-links", apiKey, { external_id: "crm-4711" });
  expect(link.status).toBe(201);
  await page.goto(link.body.url);
  await page.getByRole("link", { name: "Connect Remote" }).click();
  await consentOnRemote(page, /Hank Scorpio — Globex Corporation/);
  await expect(page.getByRole("heading", { name: "Globex Corporation is connected to Remote" })).toBeVisible();
  const found = await api("GET", "/api/v1/connections?external_id=crm-4711", apiKey);
  expect(found.body.data).toEqual([expect.objectContaining({ company_name: "Globex Corporation", external_id: "crm-4711", status: "connected" })]);

  const token = await api("POST", `/api/v1/connections/${found.body.data[0].id}/access-token`, apiKey);
  expect(token.status).toBe(200);
  expect(token.body.remote_company_id).toBe("c5a1d9e2-7f3b-4a6c-8e0d-1b9f2a7c3d56");

  await page.goto(link.body.url);
  await expect(page.getByRole("heading", { name: "This link was already used" })).toBeVisible();
});

test("denied consent ends on a clear page with a way forward", async ({ page }) => {
  await page.goto("/connect/start");
  await consentOnRemote(page, /Oliver Bennett — Northwind Traders Ltd/, "Deny");
  await expect(page.getByRole("heading", { name: "Consent was declined" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Start again" })).toBeVisible();
  const list = await api("GET", "/api/v1/connections?remote_company_id=8d0e4f7a-2b1c-4e9d-a6f3-5c2b1a0d9e84", apiKey);
  expect(list.body.data).toHaveLength(0);
});

test("replaying a callback URL fails, and a callback in another browser fails", async ({ page, browser }) => {
  let callbackUrl = "";
  page.on("request", (r) => {
    if (r.url().startsWith(`${E2E.appUrl}/connect/callback`)) callbackUrl = r.url();
  });
  await page.goto("/connect/start");
  await consentOnRemote(page, /Oliver Bennett — Northwind Traders Ltd/);
  await expect(page.getByRole("heading", { name: /Northwind Traders Ltd is connected/ })).toBeVisible();
  expect(callbackUrl).toContain("code=");

  await page.goto(callbackUrl);
  await expect(page.getByRole("heading", { name: "This sign-in was already used" })).toBeVisible();

  // Browser A starts a consent; the code it would receive is opened in browser B (no binding cookie).
  await page.goto("/connect/start");
  const q = new URL(page.url()).searchParams;
  const { redirect_to } = await emulator<{ redirect_to: string }>("POST", "/authorize", {
    client_id: q.get("client_id"),
    redirect_uri: q.get("redirect_uri"),
    state: q.get("state"),
    code_challenge: q.get("code_challenge"),
    code_challenge_method: q.get("code_challenge_method"),
    company_id: "8d0e4f7a-2b1c-4e9d-a6f3-5c2b1a0d9e84",
    decision: "allow",
  });
  const other = await browser.newContext();
  const p2 = await other.newPage();
  await p2.goto(redirect_to);
  await expect(p2.getByRole("heading", { name: "Please finish in the same browser" })).toBeVisible();
  await other.close();
  // The foreign attempt consumed nothing: the browser that started the flow can still finish it.
  await page.goto(redirect_to);
  await expect(page.getByRole("heading", { name: /Northwind Traders Ltd is connected/ })).toBeVisible();
});

test("an unknown connect link and a Remote outage end on clear pages", async ({ page }) => {
  await page.goto("/connect/this-link-does-not-exist-at-all");
  await expect(page.getByRole("heading", { name: "This link is not valid" })).toBeVisible();

  await emulator("POST", "/faults", { target: "token", grant: "authorization_code", mode: "error", status: 503 });
  try {
    await page.goto("/connect/start");
    await consentOnRemote(page, /Lisa Park — Globex Corporation/);
    await expect(page.getByRole("heading", { name: "Remote is not responding" })).toBeVisible();
  } finally {
    await emulator("DELETE", "/faults");
  }
});

test("no issued token appears in the client bundles or the server log", async ({ page }) => {
  await page.goto("/connect/start");
  await consentOnRemote(page, /Hank Scorpio — Globex Corporation/);
  await expect(page.getByRole("heading", { name: /is connected to Remote/ })).toBeVisible();
  const tokens = await emulator<{ access_token: string; refresh_token?: string }[]>("GET", "/tokens");
  expect(tokens.length).toBeGreaterThan(0);
  const dir = path.resolve(__dirname, "../../.next/static");
  const files: string[] = [];
  const walk = (d: string) => readdirSync(d).forEach((f) => (statSync(path.join(d, f)).isDirectory() ? walk(path.join(d, f)) : files.push(path.join(d, f))));
  walk(dir);
  const bundle = files.map((f) => readFileSync(f, "latin1")).join("\n");
  for (const t of tokens) {
    expect(bundle).not.toContain(t.access_token);
    if (t.refresh_token) expect(bundle).not.toContain(t.refresh_token);
  }
  expect(bundle).not.toContain("emulator-demo-secret-do-not-use-in-production");
  // …nor in the app server's own log output.
  const log = readFileSync(path.resolve(__dirname, "../../data/e2e-app.log"), "utf8");
  expect(log).toContain("audit");
  for (const t of tokens) {
    expect(log).not.toContain(t.access_token);
    if (t.refresh_token) expect(log).not.toContain(t.refresh_token);
  }
});
