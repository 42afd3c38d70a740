import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import { expect, test, type Response as PwResponse } from "@playwright/test";
import { cli, consentOnRemote, emulator } from "./support/app";
import { startPartnerSite } from "./support/partner-site";
import { E2E } from "./support/ports";

// remote-flows in the partner's page through a browser session: the partner's backend mints an
// rcs_ token with its API key, the page calls our proxy with it, and no Remote token ever reaches
// the browser. @remoteoss/remote-flows is not on the registry this project installs from, so the
// page runs a stand-in client with the SDK's base-URL rule, headers and read paths
// (tests/e2e/fixtures/remote-flows).

const ACME = "3b6f2c1e-5a4d-4c8e-9f21-0a7d6e5b4c31";
const FIXTURES = path.join(__dirname, "fixtures/remote-flows");
const JWT = /eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]+/;

let apiKey: string;
let partner: Server;
let connectionId = "";
const minted: string[] = [];

const api = async (p: string, init: RequestInit = {}) => {
  const res = await fetch(`${E2E.appUrl}${p}`, { ...init, headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json", ...init.headers } });
  return { status: res.status, body: await res.json() };
};

test.beforeAll(async () => {
  await emulator("POST", "/reset");
  apiKey = cli("api-keys:create", ["--name", "e2e-remote-flows"]);
  partner = await startPartnerSite(async (url, req, res) => {
    if (url.pathname === "/remote-flows" || url.pathname === "/remote-flows/client.js") {
      const js = url.pathname.endsWith(".js");
      res.setHeader("content-type", js ? "text/javascript" : "text/html; charset=utf-8");
      res.end(readFileSync(path.join(FIXTURES, js ? "client.js" : "index.html")));
      return true;
    }
    // The partner's backend: mints a browser session with its API key; the page never sees the key.
    if (url.pathname === "/api/remote-session" && req.method === "POST") {
      const s = await api(`/api/v1/connections/${connectionId}/browser-sessions`, { method: "POST", body: JSON.stringify({ allowed_origin: E2E.partnerUrl }) });
      minted.push(s.body.token);
      res.statusCode = s.status;
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(s.body));
      return true;
    }
    return false;
  });
});
test.afterAll(async () => {
  await new Promise((resolve) => partner.close(resolve));
});

test("remote-flows' reads run through a browser session from the partner's page; writes and other origins are refused; no Remote token reaches the browser", async ({ page }) => {
  // A company admin connects Acme.
  await page.goto(`/connect/start?return_url=${encodeURIComponent(`${E2E.partnerUrl}/back`)}`);
  await consentOnRemote(page, /Jane Doe — Acme Robotics GmbH/);
  await expect(page.getByRole("heading", { name: "Back at the partner" })).toBeVisible();
  const list = await api(`/api/v1/connections?remote_company_id=${ACME}`);
  connectionId = list.body.data[0].id;

  // The partner's backend knows the employment; the Remote token it uses stays on the server.
  const token = await api(`/api/v1/connections/${connectionId}/access-token`, { method: "POST" });
  expect(token.body.expires_in).toBeGreaterThan(0);
  const remoteJwt: string = token.body.access_token;
  const employments = await (await fetch(`${E2E.emulatorUrl}/v1/employments?page_size=1`, { headers: { authorization: `Bearer ${remoteJwt}` } })).json();
  const employment = employments.data.employments[0];

  const seen: Promise<string>[] = [];
  page.on("response", (r: PwResponse) => {
    seen.push(r.text().catch(() => "").then((body) => `${r.url()}\n${JSON.stringify(r.headers())}\n${body}`));
  });
  await page.goto(`${E2E.partnerUrl}/remote-flows?employment_id=${employment.id}`);
  await expect(page.locator("#results")).not.toBeEmpty();
  const results = JSON.parse((await page.locator("#results").textContent())!);
  expect(results).toEqual({
    "GET /v1/employments/{id}": 200,
    "GET /v1/companies/{id}": 200,
    "GET /v1/countries": 200,
    "GET /v1/countries/{code}/employment_basic_information": 200,
    "GET /v1/countries/{code}/contract_details": 200,
    "GET /v1/employments/{id}/benefit-offers": 200,
    "GET /v1/employments/{id}/benefit-offers/schema": 200,
    "GET /v1/onboarding/employments/{id}/pre-onboarding-requirements": 200,
    "POST /v1/employments": "blocked",
  });
  await expect(page.locator("#employee")).toHaveText(`${employment.full_name} — ${employment.job_title}`);
  expect(minted).toHaveLength(1);

  // Everything the browser received: the proxied replies, the page, the session — never a Remote token.
  const everything = (await Promise.all(seen)).join("\n") + (await page.content());
  expect(everything).toContain(employment.id);
  expect(everything).not.toContain(remoteJwt);
  expect(everything).not.toMatch(JWT);

  // The same page on another origin (localhost instead of 127.0.0.1): the session is not valid there.
  const otherOrigin = E2E.partnerUrl.replace("127.0.0.1", "localhost");
  await page.goto(`${otherOrigin}/remote-flows?employment_id=${employment.id}`);
  await expect(page.locator("#results")).toHaveText(/^failed: TypeError/);

  // The session token is not usable for writes or other paths even outside a browser.
  const direct = await fetch(`${E2E.appUrl}/api/v1/connections/${connectionId}/remote/v1/identity/current`, { headers: { authorization: `Bearer ${minted[0]}`, origin: E2E.partnerUrl } });
  expect(direct.status).toBe(403);
  expect(direct.headers.get("x-remote-connect-error")).toBe("forbidden");

  // Nor does the server log either token (one log line per proxied call, never bodies or headers).
  const log = readFileSync(path.resolve(__dirname, "../..", process.env.E2E_APP_LOG ?? "data/e2e-app.log"), "utf8");
  expect(log).toContain("proxied call");
  for (const secret of [...minted, remoteJwt]) expect(log).not.toContain(secret);
});
