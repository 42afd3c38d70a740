import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as linkApi } from "@/app/api/v1/connect-links/route";
import { GET as callbackRoute } from "@/app/connect/callback/route";
import { GET as linkStartRoute } from "@/app/connect/[token]/start/route";
import { GET as startRoute } from "@/app/connect/start/route";
import { GET as popupRoute } from "@/app/connect/popup/route";
import { createApiKey } from "@/lib/api-keys/service";
import { createConnectLink } from "@/lib/connect-links/service";
import { checkReturnUrl, returnSignatureSecret, verifyOutcome } from "@/lib/connect-return";
import { popupResult } from "@/lib/connect-return/flow";
import type { Db } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { freshDatabase } from "./support/db";
import { control, resetEmulator } from "./support/emulator";
import { decideAtRemote } from "./support/consent";

// The route handlers run outside Next: a plain cookie jar stands in for the browser.
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
  }),
  headers: async () => new Headers(),
}));
// Nobody is signed in (the link-less start asks when PUBLIC_ENTRY=none).
vi.mock("@/lib/auth/auth", () => ({ auth: async () => null }));

const APP = "http://localhost:3999";
const PARTNER = "http://127.0.0.1:5999";
const NO_PARAMS = { params: Promise.resolve({}) };
let db: Db;

beforeEach(async () => {
  db = await freshDatabase();
  await resetEmulator();
  jar.clear();
  process.env.CONNECT_RETURN_ORIGINS = `${PARTNER},https://app.partner.example`;
  resetEnvForTests();
});
afterEach(() => {
  delete process.env.CONNECT_RETURN_ORIGINS;
  delete process.env.PUBLIC_ENTRY;
  resetEnvForTests();
});

const start = (query: string) => startRoute(new Request(`${APP}/connect/start${query}`), NO_PARAMS);

/** start → Remote decides → our callback; returns the callback's response. */
async function runFlow(startRes: Response, decision: "allow" | "deny" = "allow", tamper?: (q: URLSearchParams) => void) {
  expect(startRes.status).toBe(303);
  const callbackUrl = new URL(await decideAtRemote(startRes.headers.get("location")!, { decision }));
  tamper?.(callbackUrl.searchParams);
  return callbackRoute(new NextRequest(`${APP}/connect/callback?${callbackUrl.searchParams}`), NO_PARAMS);
}

function signedOutcome(res: Response) {
  expect(res.status).toBe(303);
  const url = new URL(res.headers.get("location")!);
  expect(url.origin).toBe(PARTNER);
  expect(url.pathname).toBe("/back");
  expect(url.searchParams.get("keep")).toBe("1");
  expect(url.search).not.toMatch(/code=|state=|token/i);
  return { url, verified: verifyOutcome(url.searchParams, returnSignatureSecret(), 60_000) };
}

describe("checkReturnUrl", () => {
  it("accepts only exact listed origins, without credentials, our parameters or excess length", () => {
    expect(checkReturnUrl(`${PARTNER}/back?x=1`)).toEqual({ ok: true, url: `${PARTNER}/back?x=1` });
    expect(checkReturnUrl("https://app.partner.example/done#tab")).toMatchObject({ ok: true });
    for (const bad of [
      "https://evil.example/back",
      "https://app.partner.example.evil.example/",
      "http://app.partner.example/", // scheme is part of the origin
      "http://127.0.0.1:5998/back", // other port
      "https://user:pw@app.partner.example/",
      `${PARTNER}/back?remote_connect_status=connected`,
      `${PARTNER}/${"a".repeat(2000)}`,
      "/relative",
      "javascript:alert(1)",
      "",
    ]) {
      expect(checkReturnUrl(bad), bad).toMatchObject({ ok: false });
    }
  });
});

describe("return_url at the end of the consent flow", () => {
  const back = encodeURIComponent(`${PARTNER}/back?keep=1`);

  it("success: 303 to the partner with a connected outcome whose signature verifies, and a tampered one fails", async () => {
    const res = await runFlow(await start(`?return_url=${back}`));
    const { url, verified } = signedOutcome(res);
    const connection = await db.connection.findFirstOrThrow();
    expect(verified).toMatchObject({ ok: true, status: "connected", connectionId: connection.id });
    const tampered = new URLSearchParams(url.searchParams);
    tampered.set("connection_id", "someone-else");
    expect(verifyOutcome(tampered, returnSignatureSecret(), 60_000)).toEqual({ ok: false, error: "bad_signature" });
  });

  it("denied: the partner learns status=denied, nothing is stored", async () => {
    const { verified } = signedOutcome(await runFlow(await start(`?return_url=${back}`), "deny"));
    expect(verified).toMatchObject({ ok: true, status: "denied", reason: "denied", connectionId: null });
    expect(await db.connection.count()).toBe(0);
  });

  it("failure: a rejected code returns status=failed with the reason", async () => {
    const { verified } = signedOutcome(await runFlow(await start(`?return_url=${back}`), "allow", (q) => q.set("code", "not-a-real-code")));
    expect(verified).toMatchObject({ ok: true, status: "failed", reason: "code_rejected" });
  });

  it("a connect link minted with a return_url returns there with its external id; without one, today's result page", async () => {
    const key = (await createApiKey({ name: "ci", actor: { type: "system" } })).key;
    const api = (body: unknown) =>
      linkApi(new Request(`${APP}/api/v1/connect-links`, { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify(body) }), NO_PARAMS);
    const refused = await api({ external_id: "cust-1", return_url: "https://evil.example/back" });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: { code: "invalid_request", message: expect.stringContaining("CONNECT_RETURN_ORIGINS") } });
    expect(await db.connectLink.count()).toBe(0);

    const created = await api({ external_id: "cust-1", return_url: `${PARTNER}/back?keep=1` });
    expect(created.status).toBe(201);
    const link = (await created.json()) as { url: string; return_url: string };
    expect(link.return_url).toBe(`${PARTNER}/back?keep=1`);
    const token = new URL(link.url).pathname.split("/").pop()!;
    // A query return_url cannot replace the link's own.
    const startRes = await linkStartRoute(new Request(`${APP}/connect/${token}/start?return_url=${encodeURIComponent("https://app.partner.example/x")}`), { params: Promise.resolve({ token }) });
    const { verified } = signedOutcome(await runFlow(startRes));
    expect(verified).toMatchObject({ ok: true, status: "connected", externalId: "cust-1" });

    const plain = await createConnectLink({ actor: { type: "system" } });
    const plainToken = new URL(plain.url).pathname.split("/").pop()!;
    const res = await runFlow(await linkStartRoute(new Request(`${APP}/connect/${plainToken}/start`), { params: Promise.resolve({ token: plainToken }) }));
    expect(res.headers.get("location")).toBe(`${APP}/connect/done`);
  });

  it("an off-list return_url, or popup without one, is refused before anything is written", async () => {
    for (const [query, reason] of [
      [`?return_url=${encodeURIComponent("https://evil.example/back")}`, "return_url_refused"],
      ["?mode=popup", "popup_needs_return_url"],
    ]) {
      const res = await start(query);
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toBe(`${APP}/connect/error?reason=${reason}`);
    }
    expect(await db.pendingAuthorization.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
    expect(jar.size).toBe(0);
    expect((await control<unknown[]>("GET", "/tokens")).length).toBe(0);
  });

  it("PUBLIC_ENTRY=none: a link-less start is refused before anything is written; a connect link still works", async () => {
    process.env.PUBLIC_ENTRY = "none";
    resetEnvForTests();
    const res = await start(`?return_url=${back}`);
    expect(res.headers.get("location")).toBe(`${APP}/connect/error?reason=link_required`);
    expect(await db.pendingAuthorization.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
    expect(jar.size).toBe(0);
    const link = await createConnectLink({ actor: { type: "system" } });
    const token = new URL(link.url).pathname.split("/").pop()!;
    const linkStart = await linkStartRoute(new Request(`${APP}/connect/${token}/start`), { params: Promise.resolve({ token }) });
    expect(linkStart.headers.get("location")).toMatch(/\/auth\/oauth2\/authorize\?/);
  });

  it("popup mode: the callback goes to our popup page, which posts only to the partner's origin", async () => {
    const res = await runFlow(await start(`?mode=popup&return_url=${back}`));
    const location = new URL(res.headers.get("location")!);
    expect(`${location.origin}${location.pathname}`).toBe(`${APP}/connect/popup`);
    const result = popupResult(location.searchParams.get("to")!);
    const connection = await db.connection.findFirstOrThrow();
    expect(result).toMatchObject({ origin: PARTNER, message: { type: "remote-connect:result", status: "connected", connection_id: connection.id } });
    // A forged "to" (another origin, or edited parameters) gives the page nothing to post.
    const forged = new URL(location.searchParams.get("to")!);
    expect(popupResult(forged.href.replace(PARTNER, "https://evil.example"))).toBeNull();
    forged.searchParams.set("remote_connect_status", "denied");
    expect(popupResult(forged.href)).toBeNull();

    // The page itself: one nonce'd script that posts to exactly that origin; a forged one gets no script.
    const page = await popupRoute(new Request(location, { headers: { "x-nonce": "n0nce" } }));
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('<script nonce="n0nce">');
    expect(html).toContain(`"origin":"${PARTNER}"`);
    expect(html).not.toContain('"*"');
    const refused = await popupRoute(new Request(`${APP}/connect/popup?to=${encodeURIComponent(forged.href)}`, { headers: { "x-nonce": "n0nce" } }));
    expect(refused.status).toBe(400);
    expect(await refused.text()).not.toContain("<script");
  });
});
