import { beforeEach, describe, expect, it } from "vitest";
import { POST as tokenRoute } from "@/app/api/v1/connections/[id]/access-token/route";
import { POST as sessionRoute } from "@/app/api/v1/connections/[id]/browser-sessions/route";
import * as proxyRoute from "@/app/api/v1/connections/[id]/remote/[...path]/route";
import { createApiKey } from "@/lib/api-keys/service";
import { authorizeBrowserSession, browserSessionPreflight } from "@/lib/browser-sessions/authorize";
import { sha256 } from "@/lib/crypto/hash";
import type { Db } from "@/lib/db";
import { freshDatabase } from "./support/db";
import { emulatorUrl, resetEmulator } from "./support/emulator";
import { ACME, GLOBEX, connect } from "./support/consent";

let db: Db;
let key: { id: string; key: string };
let acmeId: string;

const ORIGIN = "http://localhost:5173";
const EMPLOYMENT = "v1/employments/3b6f2c1e-0000-4000-8000-000000000001";

type RouteHandler = (r: Request, c: { params: Promise<{ id: string }> }) => Promise<Response>;

const apiPost = (handler: RouteHandler, id: string, body?: unknown) =>
  handler(
    new Request(`http://localhost:3999/api/v1/connections/${id}/x`, {
      method: "POST",
      headers: { authorization: `Bearer ${key.key}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
    { params: Promise.resolve({ id }) },
  );

async function mint(id = acmeId, origin = ORIGIN): Promise<{ token: string; expires_at: string; proxy_url: string }> {
  const res = await apiPost(sessionRoute, id, { allowed_origin: origin });
  expect(res.status).toBe(201);
  return res.json();
}

const proxyRequest = (token: string, opts: { method?: string; origin?: string | null; id?: string } = {}) =>
  new Request(`http://localhost:3999/api/v1/connections/${opts.id ?? acmeId}/remote/${EMPLOYMENT}`, {
    method: opts.method ?? "GET",
    headers: { authorization: `Bearer ${token}`, ...(opts.origin === null ? {} : { origin: opts.origin ?? ORIGIN }) },
  });

async function refusedWith(verdict: Awaited<ReturnType<typeof authorizeBrowserSession>>, status: number) {
  expect(verdict.kind).toBe("refused");
  if (verdict.kind !== "refused") return null;
  expect(verdict.response.status).toBe(status);
  expect(verdict.response.headers.get("x-remote-connect-error")).toBe(status === 401 ? "unauthorized" : "forbidden");
  expect((await verdict.response.json()).error.code).toBe(status === 401 ? "unauthorized" : "forbidden");
  return verdict.response;
}

beforeEach(async () => {
  db = await freshDatabase();
  await resetEmulator();
  key = await createApiKey({ name: "backend", actor: { type: "system" } });
  acmeId = (await connect(ACME.id)).connectionId;
});

describe("POST /api/v1/connections/{id}/browser-sessions", () => {
  it("mints an rcs_ token for 15 minutes with the connection's proxy URL, stored only as its hash, audited without it", async () => {
    const s = await mint();
    expect(s.token).toMatch(/^rcs_[A-Za-z0-9_-]{40,}$/);
    const ttl = new Date(s.expires_at).getTime() - Date.now();
    expect(ttl).toBeGreaterThan(14 * 60_000);
    expect(ttl).toBeLessThanOrEqual(15 * 60_000);
    expect(s.proxy_url).toBe(`${process.env.APP_URL}/api/v1/connections/${acmeId}/remote`);
    const rows = await db.browserSession.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ tokenHash: sha256(s.token), connectionId: acmeId, allowedOrigin: ORIGIN, apiKeyId: key.id });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { type: "browser_session.created" } });
    expect(audit).toMatchObject({ connectionId: acmeId, actorType: "api_key", actorId: key.id });
    expect(JSON.stringify([rows, await db.auditEvent.findMany()])).not.toContain(s.token.slice(4));
  });

  it.each(["http://localhost:5173/", "http://localhost:5173/app", "localhost:5173", "https://APP.example.com", "*"])(
    "refuses allowed_origin %s (not an exact origin)",
    async (origin) => {
      const res = await apiPost(sessionRoute, acmeId, { allowed_origin: origin });
      expect(res.status).toBe(400);
      expect((await res.json()).error.code).toBe("invalid_request");
      expect(await db.browserSession.count()).toBe(0);
    },
  );

  it("refuses an unknown connection, and prunes expired sessions when minting", async () => {
    expect((await apiPost(sessionRoute, "nope", { allowed_origin: ORIGIN })).status).toBe(404);
    await mint();
    await db.browserSession.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    await mint();
    expect(await db.browserSession.count()).toBe(1);
  });
});

describe("authorizeBrowserSession", () => {
  it("allows a GET of a remote-flows read path from the allowed origin, with CORS headers", async () => {
    const s = await mint();
    const v = await authorizeBrowserSession(proxyRequest(s.token), acmeId, EMPLOYMENT);
    expect(v.kind).toBe("allowed");
    if (v.kind !== "allowed") return;
    expect(v.corsHeaders["access-control-allow-origin"]).toBe(ORIGIN);
    expect(v.corsHeaders.vary).toBe("Origin");
    expect(v.corsHeaders["access-control-expose-headers"]).toContain("x-ratelimit-remaining");
  });

  it("leaves API-key callers to the API-key check", async () => {
    expect((await authorizeBrowserSession(new Request("http://x/", { headers: { authorization: `Bearer ${key.key}` } }), acmeId, EMPLOYMENT)).kind).toBe("none");
  });

  it("refuses the session on another connection", async () => {
    const globexId = (await connect(GLOBEX.id)).connectionId;
    const s = await mint();
    await refusedWith(await authorizeBrowserSession(proxyRequest(s.token, { id: globexId }), globexId, EMPLOYMENT), 403);
  });

  it("refuses another origin (and a missing one) without CORS headers", async () => {
    const s = await mint();
    for (const origin of ["https://evil.example", "http://localhost:5174", null]) {
      const res = await refusedWith(await authorizeBrowserSession(proxyRequest(s.token, { origin }), acmeId, EMPLOYMENT), 403);
      expect(res?.headers.get("access-control-allow-origin")).toBeNull();
    }
  });

  it.each(["POST", "PATCH", "DELETE", "PUT"])("refuses %s", async (method) => {
    const s = await mint();
    await refusedWith(await authorizeBrowserSession(proxyRequest(s.token, { method }), acmeId, EMPLOYMENT), 403);
  });

  it.each(["v1/employments", "v1/identity/current", "v1/webhook-callbacks", "v1/companies", "v1/employments/abc/offboarding"])(
    "refuses a path remote-flows does not read: %s",
    async (path) => {
      const s = await mint();
      await refusedWith(await authorizeBrowserSession(proxyRequest(s.token), acmeId, path), 403);
    },
  );

  it("refuses an expired session with 401", async () => {
    const s = await mint();
    await db.browserSession.updateMany({ data: { expiresAt: new Date(Date.now() - 1) } });
    await refusedWith(await authorizeBrowserSession(proxyRequest(s.token), acmeId, EMPLOYMENT), 401);
  });

  it("refuses an unknown, malformed or revoked (deleted) token with 401", async () => {
    const s = await mint();
    for (const t of ["rcs_unknownunknownunknownunknownunknown", "rcs_short"]) {
      await refusedWith(await authorizeBrowserSession(proxyRequest(t), acmeId, EMPLOYMENT), 401);
    }
    await db.browserSession.deleteMany();
    await refusedWith(await authorizeBrowserSession(proxyRequest(s.token), acmeId, EMPLOYMENT), 401);
  });
});

describe("browserSessionPreflight", () => {
  const preflight = (origin: string, method = "GET", headers = "authorization, x-client-name, x-client-version") =>
    new Request(`http://localhost:3999/api/v1/connections/${acmeId}/remote/${EMPLOYMENT}`, {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": method, "access-control-request-headers": headers },
    });

  it("answers the allowed origin of a live session with GET and remote-flows' headers", async () => {
    await mint();
    const res = await browserSessionPreflight(preflight(ORIGIN), acmeId);
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect(res.headers.get("access-control-allow-methods")).toBe("GET");
    expect(res.headers.get("access-control-allow-headers")).toContain("authorization");
    expect(Number(res.headers.get("access-control-max-age"))).toBeGreaterThan(0);
  });

  it("refuses other origins, other connections, writes and expired sessions", async () => {
    const globexId = (await connect(GLOBEX.id)).connectionId;
    await mint();
    for (const [req, id] of [[preflight("https://evil.example"), acmeId], [preflight(ORIGIN), globexId], [preflight(ORIGIN, "POST"), acmeId], [preflight(ORIGIN, "GET", "x-custom"), acmeId]] as const) {
      const res = await browserSessionPreflight(req, id);
      expect(res.status).toBe(403);
      expect(res.headers.get("access-control-allow-origin")).toBeNull();
    }
    await db.browserSession.updateMany({ data: { expiresAt: new Date(Date.now() - 1) } });
    expect((await browserSessionPreflight(preflight(ORIGIN), acmeId)).status).toBe(403);
  });
});

describe("access-token reply", () => {
  it("carries expires_in (seconds left) beside expires_at", async () => {
    const body = await (await apiPost(tokenRoute, acmeId)).json();
    const left = (new Date(body.expires_at).getTime() - Date.now()) / 1000;
    expect(body.expires_in).toBeGreaterThan(0);
    expect(Math.abs(body.expires_in - left)).toBeLessThanOrEqual(2);
    expect(body).toHaveProperty("access_token");
  });
});

describe("through the proxy route (what remote-flows in the page sees)", () => {
  type Proxy = (req: Request, ctx: { params: Promise<never> }) => Promise<Response>;
  const viaProxy = (handler: Proxy, path: string, init: RequestInit & { headers?: Record<string, string> }) =>
    handler(new Request(`http://localhost:3999/api/v1/connections/${acmeId}/remote/${path}`, init), {
      params: Promise.resolve({ id: acmeId, path: path.split("?")[0].split("/") }) as Promise<never>,
    });

  it("reads an employment with the session from the allowed origin, and refuses a write and another origin", async () => {
    const s = await mint();
    const { accessToken } = await (await import("@/lib/connections/access-token")).getAccessToken(acmeId);
    const list = await (await fetch(`${emulatorUrl()}/v1/employments?page_size=1`, { headers: { authorization: `Bearer ${accessToken}` } })).json();
    const id = list.data.employments[0].id as string;
    const headers = { authorization: `Bearer ${s.token}`, origin: ORIGIN, accept: "application/json" };

    const ok = await viaProxy(proxyRoute.GET as Proxy, `v1/employments/${id}`, { headers });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect(ok.headers.get("x-ratelimit-remaining")).toBeTruthy();
    const text = await ok.text();
    expect(JSON.parse(text).data.employment.id).toBe(id);
    expect(text).not.toContain(accessToken);

    const write = await viaProxy(proxyRoute.POST as Proxy, `v1/employments/${id}`, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: "{}" });
    expect(write.status).toBe(403);
    expect(write.headers.get("x-remote-connect-error")).toBe("forbidden");
    const other = await viaProxy(proxyRoute.GET as Proxy, `v1/employments/${id}`, { headers: { ...headers, origin: "https://evil.example" } });
    expect(other.status).toBe(403);
    expect(other.headers.get("access-control-allow-origin")).toBeNull();

    const pre = await viaProxy(proxyRoute.OPTIONS as Proxy, `v1/employments/${id}`, {
      method: "OPTIONS",
      headers: { origin: ORIGIN, "access-control-request-method": "GET", "access-control-request-headers": "authorization" },
    });
    expect(pre.status).toBe(204);
  });
});
