import { createHmac } from "node:crypto";
import type { Server } from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { verifyOutcome } from "../../lib/connect-return/signature";
import { cli, consentOnRemote, emulator } from "./support/app";
import { watchCsp } from "./support/csp";
import { startPartnerSite } from "./support/partner-site";
import { E2E } from "./support/ports";

// The secret partners copy from Settings, derived as documented there (AUTH_SECRET, fixed label).
const SECRET = createHmac("sha256", E2E.appEnv.AUTH_SECRET).update("remote-connect/return-signature/v1", "utf8").digest("hex");

let apiKey: string;
let partner: Server;

test.beforeAll(async () => {
  await emulator("POST", "/reset");
  apiKey = cli("api-keys:create", ["--name", "e2e-connect-return"]);
  partner = await startPartnerSite();
});
test.afterAll(async () => {
  await new Promise((resolve) => partner.close(resolve));
});

async function newLink(body: Record<string, unknown>): Promise<{ status: number; body: { url: string; error?: { code: string; message: string } } }> {
  const res = await fetch(`${E2E.appUrl}/api/v1/connect-links`, {
    method: "POST",
    headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

async function openPopupFromPartner(page: Page, linkUrl: string): Promise<Page> {
  await page.goto(`${E2E.partnerUrl}/?link=${encodeURIComponent(linkUrl)}`);
  const [popup] = await Promise.all([page.waitForEvent("popup"), page.getByRole("button", { name: "Connect with Remote" }).click()]);
  return popup;
}

test("popup: the partner's page connects through connect.js and receives the result from the popup", async ({ page }) => {
  const link = await newLink({ external_id: "crm-popup", return_url: `${E2E.partnerUrl}/back` });
  expect(link.status).toBe(201);
  const popup = await openPopupFromPartner(page, link.body.url);
  const csp = watchCsp(popup);
  await popup.getByRole("link", { name: "Connect Remote" }).click();
  await consentOnRemote(popup, /Jane Doe — Acme Robotics GmbH/);
  // The popup may already be gone by now: poll its state instead of waiting for the event.
  await expect(page.locator("#result")).not.toBeEmpty();
  await expect.poll(() => popup.isClosed()).toBe(true);
  const result = JSON.parse((await page.locator("#result").textContent())!);
  expect(result).toEqual({ status: "connected", connection_id: expect.any(String), external_id: "crm-popup" });
  expect(page.url()).toBe(`${E2E.partnerUrl}/?link=${encodeURIComponent(link.body.url)}`);
  expect(csp).toEqual([]);
});

test("redirect: after consent the browser lands on the partner's return_url with an outcome that verifies", async ({ page }) => {
  // Other specs may have connected Globex already under their own external id; a link with a different one is
  // (rightly) refused for it, so reuse the id it has, if any.
  const GLOBEX = "c5a1d9e2-7f3b-4a6c-8e0d-1b9f2a7c3d56";
  const existing = await fetch(`${E2E.appUrl}/api/v1/connections?remote_company_id=${GLOBEX}`, { headers: { authorization: `Bearer ${apiKey}` } });
  const externalId = ((await existing.json()) as { data: { external_id: string | null }[] }).data[0]?.external_id ?? "crm-redirect";
  const link = await newLink({ external_id: externalId, return_url: `${E2E.partnerUrl}/back?from=remote` });
  await page.goto(link.body.url);
  await page.getByRole("link", { name: "Connect Remote" }).click();
  await consentOnRemote(page, /Hank Scorpio — Globex Corporation/);
  await expect(page.getByRole("heading", { name: "Back at the partner" })).toBeVisible();
  const url = new URL(page.url());
  expect(url.origin).toBe(E2E.partnerUrl);
  expect(url.searchParams.get("from")).toBe("remote");
  expect(url.search).not.toMatch(/code=|state=/);
  expect(verifyOutcome(url.searchParams, SECRET, 60_000)).toMatchObject({ ok: true, status: "connected", externalId });
  url.searchParams.set("external_id", "someone-else");
  expect(verifyOutcome(url.searchParams, SECRET, 60_000)).toMatchObject({ ok: false });

  // Denied: the partner is told so, signed too.
  await page.goto(`/connect/start?return_url=${encodeURIComponent(`${E2E.partnerUrl}/back`)}`);
  await consentOnRemote(page, /Jane Doe — Acme Robotics GmbH/, "Deny");
  await expect(page.getByRole("heading", { name: "Back at the partner" })).toBeVisible();
  expect(verifyOutcome(new URL(page.url()).searchParams, SECRET, 60_000)).toMatchObject({ ok: true, status: "denied" });
});

test("an off-list return_url is refused: by the API and by /connect/start, before Remote is involved", async ({ page }) => {
  const refused = await newLink({ return_url: "https://evil.example/back" });
  expect(refused.status).toBe(400);
  expect(refused.body.error).toMatchObject({ code: "invalid_request" });
  await page.goto(`/connect/start?return_url=${encodeURIComponent("http://127.0.0.1:1/back")}`);
  expect(new URL(page.url()).pathname).toBe("/connect/error");
  await expect(page.getByRole("heading", { name: "This return address is not allowed" })).toBeVisible();
  await page.goto("/connect/start?mode=popup");
  await expect(page.getByRole("heading", { name: "This connection cannot open as a popup" })).toBeVisible();
});

test("connect.js ignores messages from other origins and other types; a user-closed popup resolves as closed", async ({ page }) => {
  const link = await newLink({ return_url: `${E2E.partnerUrl}/back` });
  const popup = await openPopupFromPartner(page, link.body.url);
  await popup.waitForLoadState();
  // Forged result from the partner's own origin (any page could do this), and a wrong type from the popup.
  await page.evaluate(() => window.postMessage({ type: "remote-connect:result", status: "connected", connection_id: "forged" }, "*"));
  await popup.evaluate(() => window.opener.postMessage({ type: "something-else", status: "connected" }, "*"));
  await page.waitForTimeout(800);
  await expect(page.locator("#result")).toBeEmpty();
  await popup.close();
  await expect(page.locator("#result")).toHaveText(JSON.stringify({ status: "closed" }));
});
