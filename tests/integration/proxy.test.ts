// The authenticated proxy to Remote (issue #12): route handlers called with real Requests, real
// HTTP to the emulator process, the emulator's request log as the witness of what Remote received.
import { createHash } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as connectionRoute from "@/app/api/v1/connections/[id]/remote/[...path]/route";
import * as partnerRoute from "@/app/api/v1/remote/[...path]/route";
import { createApiKey } from "@/lib/api-keys/service";
import { getAccessToken } from "@/lib/connections/access-token";
import { getPartnerAccessToken } from "@/lib/connections/partner-token";
import type { Db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { freshDatabase } from "./support/db";
import { control, resetEmulator, tokenCalls } from "./support/emulator";
import { useSettingsForFile, withSettings } from "./support/partner-calls";
import { ACME, connect } from "./support/consent";

type Logged = { method: string; path: string; status: number; query: Record<string, string>; headers: Record<string, string>; body?: Record<string, unknown> };
type Route = (req: Request, ctx: { params: Promise<never> }) => Promise<Response>;

let db: Db;
let key: string;
let connectionId: string;

// 20 parallel calls on a busy 2-core machine can outlast the suite's 1.5 s timeout; only one test here is about timeouts.
useSettingsForFile({ REMOTE_HTTP_TIMEOUT_MS: "4000" });

beforeEach(async () => {
  db = await freshDatabase();
  await resetEmulator();
  key = (await createApiKey({ name: "proxy", actor: { type: "system" } })).key;
  connectionId = (await connect(ACME.id)).connectionId;
  await control("DELETE", "/requests");
});

type CallOpts = { method?: string; headers?: Record<string, string>; body?: BodyInit; auth?: string | null; id?: string };

function request(url: string, o: CallOpts) {
  const headers = new Headers(o.headers);
  if (o.auth !== null) headers.set("authorization", o.auth ?? `Bearer ${key}`);
  const stream = o.body instanceof ReadableStream;
  return new Request(url, { method: o.method ?? "GET", headers, body: o.body, ...(stream ? { duplex: "half" } : {}) } as RequestInit);
}

/** A call to /api/v1/connections/{id}/remote/<path> as Next would route it. */
function viaConnection(path: string, o: CallOpts = {}) {
  const id = o.id ?? connectionId;
  const req = request(`http://localhost:3999/api/v1/connections/${id}/remote/${path}`, o);
  const handler = connectionRoute[(o.method ?? "GET") as "GET"] as unknown as Route;
  return handler(req, { params: Promise.resolve({ id, path: path.split("/") }) as Promise<never> });
}

/** A call to /api/v1/remote/<path>. */
function viaPartner(path: string, o: CallOpts = {}) {
  const req = request(`http://localhost:3999/api/v1/remote/${path}`, o);
  const handler = partnerRoute[(o.method ?? "GET") as "GET"] as unknown as Route;
  return handler(req, { params: Promise.resolve({ path: path.split("/") }) as Promise<never> });
}

const gatewayCalls = async (prefix = "/") => (await control<Logged[]>("GET", `/requests?path=${encodeURIComponent(prefix)}`)).filter((r) => !r.path.startsWith("/auth/"));
const fingerprint = (token: string) => "sha256:" + createHash("sha256").update(token).digest("hex").slice(0, 16);
const ownError = async (res: Response) => ({ status: res.status, header: res.headers.get("x-remote-connect-error"), code: ((await res.json()) as { error: { code: string } }).error.code });

describe("forwarding", () => {
  it("passes path, query, the allowed headers and Remote's reply through, with the company's token and nothing of the caller's credentials", async () => {
    const res = await viaConnection("v1/employments?status=active&page=1&page_size=5", {
      headers: {
        accept: "application/json",
        "accept-language": "de-DE",
        "idempotency-key": "idem-123",
        cookie: "authjs.session-token=caller-cookie",
        "x-forwarded-for": "10.0.0.9",
        "x-custom": "nope",
      },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-remote-connect-error")).toBeNull();
    const body = (await res.json()) as { data: { employments: unknown[]; current_page: number } };
    expect(body.data.current_page).toBe(1);
    // Remote's rate headers come back unchanged.
    const [seen] = await gatewayCalls("/v1/employments");
    expect(res.headers.get("x-ratelimit-remaining")).toMatch(/^\d+$/);
    expect(res.headers.get("x-ratelimit-reset")).toMatch(/^\d+$/);
    expect(seen).toMatchObject({ method: "GET", path: "/v1/employments", status: 200, query: { status: "active", page: "1", page_size: "5" } });
    const { accessToken } = await getAccessToken(connectionId);
    expect(seen.headers.authorization).toBe(fingerprint(accessToken));
    expect(seen.headers.authorization).not.toBe(fingerprint(key));
    expect(seen.headers).toMatchObject({ accept: "application/json", "accept-language": "de-DE", "idempotency-key": "idem-123" });
    for (const h of ["cookie", "x-forwarded-for", "x-custom", "x-request-id"]) expect(seen.headers[h]).toBeUndefined();
  });

  it("forwards a JSON body with its content type to a partner-level path, with the partner token", async () => {
    const payload = { name: "Proxy Works Ltd", country_code: "PRT", company_owner_email: "owner@proxy.example", nested: { a: [1, 2] } };
    const res = await viaPartner("v1/companies?action=get_oauth_access_tokens", {
      method: "POST",
      headers: { "content-type": "application/json", cookie: "a=b" },
      body: JSON.stringify(payload),
    });
    expect(res.headers.get("x-remote-connect-error")).toBeNull();
    const [seen] = await gatewayCalls("/v1/companies");
    expect(seen).toMatchObject({ method: "POST", status: res.status, query: { action: "get_oauth_access_tokens" }, body: payload });
    expect(seen.headers["content-type"]).toBe("application/json");
    expect(seen.headers.cookie).toBeUndefined();
    expect(seen.headers.authorization).toBe(fingerprint((await getPartnerAccessToken()).accessToken));
  });

  it("takes a body of exactly 1 MB and refuses one byte more (declared or streamed) before calling Remote", async () => {
    const sized = (n: number) => {
      const frame = JSON.stringify({ pad: "" });
      return JSON.stringify({ pad: "x".repeat(n - frame.length) });
    };
    const cap = 1024 * 1024;
    const ok = await viaPartner("v1/companies", { method: "POST", headers: { "content-type": "application/json" }, body: sized(cap) });
    expect(ok.headers.get("x-remote-connect-error")).toBeNull();
    const [seen] = await gatewayCalls("/v1/companies");
    expect((seen.body!.pad as string).length).toBe(cap - 10);
    await control("DELETE", "/requests");

    expect(await ownError(await viaPartner("v1/companies", { method: "POST", headers: { "content-type": "application/json" }, body: sized(cap + 1) }))).toEqual({
      status: 413, header: "payload_too_large", code: "payload_too_large",
    });
    // No Content-Length: the cap holds while streaming.
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(c) {
        sent += chunk.byteLength;
        c.enqueue(chunk);
      },
    });
    expect((await ownError(await viaConnection("v1/employments", { method: "POST", headers: { "content-type": "application/json" }, body: endless }))).status).toBe(413);
    expect(sent).toBeLessThan(cap + 3 * chunk.byteLength);
    expect(await gatewayCalls()).toHaveLength(0);
  });

  it("streams Remote's reply: a 1 MB body whose second half Remote holds back is answered, and readable, before it arrives", async () => {
    const body = { data: { pad: "s".repeat(1024 * 1024) } };
    await control("POST", "/faults", { target: "employments", mode: "stall_body", body, latency_ms: 25_000, times: 1 });
    // A buffering proxy would only answer after Remote finished (25 s, past this test's timeout).
    const res = await viaConnection("v1/employments");
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    let got = 0;
    while (got < 512 * 1024) got += (await reader.read()).value!.byteLength;
    const total = JSON.stringify(body).length;
    expect(got).toBeLessThan(total);
    await control("DELETE", "/faults");
    for (let r = await reader.read(); !r.done; r = await reader.read()) got += r.value.byteLength;
    expect(got).toBe(total);
  }, 20_000);

  it("passes Remote's 5xx through with its body (streamed, over 1 MB) and does not retry it", async () => {
    const big = { message: "upstream broke", detail: "y".repeat(1_200_000) };
    await control("POST", "/faults", { target: "employments", mode: "error", status: 503, body: big, times: 1 });
    const res = await viaConnection("v1/employments");
    expect(res.status).toBe(503);
    expect(res.headers.get("x-remote-connect-error")).toBeNull();
    expect(res.headers.get("content-type")).toContain("application/json");
    const text = await res.text();
    expect(text.length).toBeGreaterThan(1_200_000);
    expect(JSON.parse(text)).toEqual(big);
    expect(await gatewayCalls("/v1/employments")).toHaveLength(1);
  });
});

describe("path rules", () => {
  it.each([
    "v1/../../auth/oauth2/token",
    "v1/%2e%2e/%2E%2E/auth/oauth2/token",
    "v1\\..\\..\\auth/oauth2/token",
    "v1/employments%2F..%2F..%2Fauth%2Foauth2%2Ftoken",
    "v1/employments%252F..%252F..%252Fauth",
    "v1/employments%5C..%5Cauth",
    "v1/employments%255C..",
    "http://evil.example/v1/employments",
    "https:%2F%2Fevil.example/v1/employments",
    "v1//evil.example/v1/employments",
    "//evil.example/v1/employments",
    "v1/",
    "v1",
    "auth/oauth2/token",
    "__emulator/requests",
    ".well-known/jwks.json",
    "v2/employments",
    "eor/v2/employments",
    "v1/employments/%00",
    "v1/%zz",
  ])("refuses %s with our 400 before anything reaches Remote", async (path) => {
    expect(await ownError(await viaConnection(path))).toEqual({ status: 400, header: "invalid_request", code: "invalid_request" });
    expect(await ownError(await viaPartner(path))).toEqual({ status: 400, header: "invalid_request", code: "invalid_request" });
    expect(await control<Logged[]>("GET", "/requests")).toHaveLength(0);
  });

  it.each(["v1/employments", "eor/v1/employments", "api/eor/v1/employments"])("accepts the gateway's prefix %s", async (path) => {
    expect((await viaConnection(path)).status).toBe(200);
    expect((await gatewayCalls())[0].path).toBe(`/${path}`);
  });
});

describe("our own failures", () => {
  it("answers with the partner API's error JSON and x-remote-connect-error, without calling Remote", async () => {
    expect(await ownError(await viaConnection("v1/employments", { auth: null }))).toEqual({ status: 401, header: "unauthorized", code: "unauthorized" });
    expect(await ownError(await viaConnection("v1/employments", { auth: "Bearer rck_not_a_real_key_at_all_000000" }))).toEqual({ status: 401, header: "unauthorized", code: "unauthorized" });
    expect(await ownError(await viaPartner("v1/countries", { auth: null }))).toEqual({ status: 401, header: "unauthorized", code: "unauthorized" });
    expect(await ownError(await viaConnection("v1/employments", { id: "no-such-connection" }))).toEqual({ status: 404, header: "not_found", code: "not_found" });
    await db.connection.update({ where: { id: connectionId }, data: { status: "needs_reconnect" } });
    expect(await ownError(await viaConnection("v1/employments"))).toEqual({ status: 409, header: "needs_reconnect", code: "needs_reconnect" });
    await db.connection.update({ where: { id: connectionId }, data: { status: "disconnected" } });
    expect(await ownError(await viaConnection("v1/employments"))).toEqual({ status: 409, header: "disconnected", code: "disconnected" });
    expect(await control<Logged[]>("GET", "/requests")).toHaveLength(0);
  });

  it("a connection of another environment is not found", async () => {
    await db.connection.update({ where: { id: connectionId }, data: { environment: "production" } });
    expect(await ownError(await viaConnection("v1/employments"))).toEqual({ status: 404, header: "not_found", code: "not_found" });
    expect(await control<Logged[]>("GET", "/requests")).toHaveLength(0);
  });

  it("Remote unreachable within the timeout is our 503 temporarily_unavailable", async () => {
    await control("POST", "/faults", { target: "employments", mode: "timeout", times: 1 });
    const res = await withSettings({ REMOTE_HTTP_TIMEOUT_MS: "1000" }, () => viaConnection("v1/employments"));
    expect(await ownError(res)).toEqual({ status: 503, header: "temporarily_unavailable", code: "temporarily_unavailable" });
    expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
    await control("DELETE", "/faults");
  });
});

describe("rate budget", () => {
  it("a call the shared budget has no room for within PROXY_MAX_WAIT_MS is our 429 rate_limited with Retry-After, and Remote never sees it", async () => {
    await getAccessToken(connectionId);
    const statuses = await withSettings({ REMOTE_RATE_LIMIT_PER_MINUTE: "4", PROXY_MAX_WAIT_MS: "0" }, async () => {
      const out: Response[] = [];
      for (let i = 0; i < 6; i++) out.push(await viaConnection("v1/employments"));
      return out;
    });
    const passed = statuses.filter((r) => r.status === 200);
    const refused = statuses.filter((r) => r.status !== 200);
    expect(passed.length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) {
      expect(r.headers.get("retry-after")).toMatch(/^[1-9]\d*$/);
      expect(await ownError(r)).toEqual({ status: 429, header: "rate_limited", code: "rate_limited" });
    }
    expect(await gatewayCalls("/v1/employments")).toHaveLength(passed.length);
  });
});

describe("401 from Remote", () => {
  it("renews a token Remote stopped accepting once for 20 concurrent callers and retries each call once", async () => {
    await getAccessToken(connectionId);
    // Remote's clock passes the token's expiry; our cache still counts it fresh.
    await control("POST", "/clock", { advance_seconds: 3700 });
    const results = await Promise.all(Array.from({ length: 20 }, () => viaConnection("v1/employments")));
    const bodies = await Promise.all(results.map(async (r) => `${r.status} ${r.headers.get("x-remote-connect-error")} ${(await r.text()).slice(0, 200)}`));
    expect(bodies.filter((b) => !b.startsWith("200"))).toEqual([]);
    expect(await tokenCalls("refresh_token")).toHaveLength(1);
    const calls = await gatewayCalls("/v1/employments");
    const refused = calls.filter((c) => c.status === 401).length;
    expect(refused).toBeGreaterThan(0);
    expect(calls.length).toBe(20 + refused);
  });

  it("does the same for the partner token", async () => {
    await getPartnerAccessToken();
    await control("DELETE", "/requests");
    await control("POST", "/clock", { advance_seconds: 3700 });
    const results = await Promise.all(Array.from({ length: 10 }, () => viaPartner("v1/countries")));
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(await tokenCalls("client_credentials")).toHaveLength(1);
  });

  it("returns a second 401 as Remote sent it, after exactly one renewal", async () => {
    await getAccessToken(connectionId);
    await control("POST", "/faults", { target: "employments", mode: "error", status: 401, body: { message: "Remote says no" }, times: 2 });
    const res = await viaConnection("v1/employments");
    expect(res.status).toBe(401);
    expect(res.headers.get("x-remote-connect-error")).toBeNull();
    expect(await res.json()).toEqual({ message: "Remote says no" });
    expect(await tokenCalls("refresh_token")).toHaveLength(1);
    expect(await gatewayCalls("/v1/employments")).toHaveLength(2);
  });
});

describe("logging", () => {
  it("writes one line per call with the path template, never query values, bodies or tokens", async () => {
    const info = vi.spyOn(logger, "info");
    try {
      const employment = "9a1b2c3d-0000-4000-8000-00000000abcd";
      await viaConnection(`v1/employments/${employment}?email=secret-person@example.com`, { headers: { "idempotency-key": "idem-secret" } });
      const lines = info.mock.calls.filter((c) => c[1] === "proxied call");
      expect(lines).toHaveLength(1);
      expect(lines[0][0]).toMatchObject({ proxy: { method: "GET", path: "v1/employments/:id", status: 404, connectionId, retried: false } });
      const text = JSON.stringify(info.mock.calls);
      const { accessToken } = await getAccessToken(connectionId);
      for (const secret of [employment, "secret-person", "idem-secret", accessToken, key]) expect(text).not.toContain(secret);
    } finally {
      info.mockRestore();
    }
  });
});
