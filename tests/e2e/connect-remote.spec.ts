import { spawn, type ChildProcess } from "node:child_process";
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

test("replaying a callback URL shows the earlier result in the same browser only, and a callback in another browser fails", async ({ page, browser }) => {
  let callbackUrl = "";
  page.on("request", (r) => {
    if (r.url().startsWith(`${E2E.appUrl}/connect/callback`)) callbackUrl = r.url();
  });
  await page.goto("/connect/start");
  await consentOnRemote(page, /Oliver Bennett — Northwind Traders Ltd/);
  await expect(page.getByRole("heading", { name: /Northwind Traders Ltd is connected/ })).toBeVisible();
  expect(callbackUrl).toContain("code=");

  // Reload or back button: the same browser sees its result again.
  await page.goto(callbackUrl);
  await expect(page).toHaveURL(`${E2E.appUrl}/connect/done`);
  await expect(page.getByRole("heading", { name: /Northwind Traders Ltd is connected/ })).toBeVisible();
  // Anyone else holding the URL gets nothing.
  const stranger = await browser.newContext();
  const sp = await stranger.newPage();
  await sp.goto(callbackUrl);
  await expect(sp.getByRole("heading", { name: "This sign-in was already used" })).toBeVisible();
  await stranger.close();

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

test("starting twice in one browser and finishing the second succeeds, even late in the first cookie's life", async ({ page, context }) => {
  await page.goto("/connect/start");
  await expect(page).toHaveURL(new RegExp(`^${E2E.emulatorUrl}/auth/oauth2/authorize`));
  // As if nine minutes went by on Remote's page: the binding cookie has seconds left.
  const binding = (await context.cookies(`${E2E.appUrl}/connect/start`)).find((c) => c.name === "rc_consent")!;
  expect(binding).toBeTruthy();
  await context.addCookies([{ ...binding, expires: Math.floor(Date.now() / 1000) + 2 }]);
  // The admin starts again; that start renews the cookie for the new consent's whole lifetime.
  await page.goto("/connect/start");
  await page.waitForTimeout(3000); // past the first cookie's end
  await consentOnRemote(page, /Jane Doe — Acme Robotics GmbH/);
  await expect(page).toHaveURL(`${E2E.appUrl}/connect/done`);
  await expect(page.getByRole("heading", { name: "Acme Robotics GmbH is connected to Remote" })).toBeVisible();
});

test.describe("public rate limits", () => {
  // A second server on the same database with small limits and a trusted proxy hop, so the forged
  // X-Forwarded-For of each test client is its address (like nginx in front of the app).
  const port = E2E.appPort + 23;
  const base = `http://localhost:${port}`;
  let app: ChildProcess | undefined;

  test.beforeAll(async () => {
    app = spawn(path.resolve(__dirname, "../../node_modules/.bin/next"), ["start", "-p", String(port)], {
      cwd: path.resolve(__dirname, "../.."),
      env: { ...process.env, ...E2E.appEnv, APP_URL: base, PORT: String(port), TRUSTED_PROXY_HOPS: "1", PUBLIC_RATE_LIMIT_PER_MINUTE: "3", PUBLIC_RATE_LIMIT_GLOBAL_PER_MINUTE: "1000" },
      stdio: "ignore",
    });
    const deadline = Date.now() + 60_000;
    while (!(await fetch(`${base}/api/health`).then((r) => r.status < 500, () => false))) {
      if (Date.now() > deadline) throw new Error("the rate-limited app did not start");
      await new Promise((r) => setTimeout(r, 250));
    }
  });
  test.afterAll(async () => {
    if (app && app.exitCode === null) await new Promise((resolve) => (app!.once("exit", resolve), app!.kill("SIGTERM")));
  });

  test("over the limit a friendly 429 page with Retry-After; the connect-link page too; other addresses go on", async ({ browser }) => {
    const start = (address: string) => fetch(`${base}/connect/start`, { redirect: "manual", headers: { "x-forwarded-for": address } });
    for (let i = 0; i < 3; i++) expect((await start("203.0.113.77")).status).toBe(303);
    const ctx = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.77" } });
    const page = await ctx.newPage();
    const refused = await page.goto(`${base}/connect/start`);
    expect(refused!.status()).toBe(429);
    expect(Number(refused!.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
    await expect(page.getByRole("heading", { name: "Too many requests" })).toBeVisible();
    await expect(page.getByText("Nothing was stored")).toBeVisible();
    await expect(page.getByTestId("retry-after")).toContainText(/Please try again in (\d+ seconds?|1 minute)\b/);
    // A page (which cannot answer 429 itself) lands on the same 429 page.
    const linkPage = await page.goto(`${base}/connect/any-link-token-at-all`);
    expect(linkPage!.status()).toBe(429);
    expect(page.url()).toMatch(new RegExp(`^${base}/too-many-requests\\?retry=\\d+$`));
    await ctx.close();
    expect((await start("198.51.100.5")).status).toBe(303);
  });
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
  const dir = path.resolve(__dirname, "../..", process.env.NEXT_DIST_DIR || ".next", "static");
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
