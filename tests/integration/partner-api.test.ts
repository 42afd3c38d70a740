import { beforeEach, describe, expect, it } from "vitest";
import { GET as listRoute } from "@/app/api/v1/connections/route";
import { DELETE as deleteRoute, GET as getRoute } from "@/app/api/v1/connections/[id]/route";
import { POST as tokenRoute } from "@/app/api/v1/connections/[id]/access-token/route";
import { POST as linkRoute } from "@/app/api/v1/connect-links/route";
import { createApiKey, revokeApiKey } from "@/lib/api-keys/service";
import type { Db } from "@/lib/db";
import { freshDatabase } from "./support/db";
import { control, resetEmulator } from "./support/emulator";
import { ACME, GLOBEX, connect } from "./support/consent";

let db: Db;
let key: string;
let acmeId: string;

type RouteHandler = (r: Request, c: { params: Promise<never> }) => Promise<Response>;

const call = (handler: RouteHandler, opts: { method?: string; path?: string; params?: Record<string, string>; body?: unknown; auth?: string | null } = {}) =>
  handler(
    new Request(`http://localhost:3999${opts.path ?? "/api/v1/x"}`, {
      method: opts.method ?? "GET",
      headers: { ...(opts.auth === null ? {} : { authorization: opts.auth ?? `Bearer ${key}` }), "content-type": "application/json" },
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    }),
    { params: Promise.resolve(opts.params ?? {}) as Promise<never> },
  );

beforeEach(async () => {
  db = await freshDatabase();
  await resetEmulator();
  key = (await createApiKey({ name: "ci", actor: { type: "system" } })).key;
  acmeId = (await connect(ACME.id)).connectionId;
});

describe("partner API", () => {
  it("refuses a missing, malformed, unknown or revoked key with 401 JSON", async () => {
    for (const auth of [null, "Basic abc", "Bearer rck_unknownunknownunknownunknown"]) {
      const res = await call(listRoute, { auth });
      expect(res.status).toBe(401);
      expect((await res.json()).error.code).toBe("unauthorized");
    }
    const k = await createApiKey({ name: "old", actor: { type: "system" } });
    await revokeApiKey(k.id, { type: "system" });
    expect((await call(listRoute, { auth: `Bearer ${k.key}` })).status).toBe(401);
  });

  it("hands out an access token with its expiry and company", async () => {
    const res = await call(tokenRoute, { method: "POST", params: { id: acmeId } });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ token_type: "Bearer", remote_company_id: ACME.id });
    expect(new Date(body.expires_at).getTime()).toBeGreaterThan(Date.now() + 300_000);
    // The token really works against Remote's API.
    const me = await fetch(`${process.env.REMOTE_GATEWAY_URL}/v1/identity/current`, { headers: { authorization: `Bearer ${body.access_token}` } });
    expect((await me.json()).data.company.id).toBe(ACME.id);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("replaces a token the partner reports Remote refused, once for concurrent reports, and keeps a newer one", async () => {
    const first = await (await call(tokenRoute, { method: "POST", params: { id: acmeId } })).json();
    // Remote forgets its access tokens (as after a client-secret rotation); the refresh token stays valid.
    await control("POST", "/clock", { advance_seconds: 3700 });
    const refused = await fetch(`${process.env.REMOTE_GATEWAY_URL}/v1/identity/current`, { headers: { authorization: `Bearer ${first.access_token}` } });
    expect(refused.status).toBe(401);
    await control("DELETE", "/requests");
    const reports = await Promise.all(Array.from({ length: 10 }, () => call(tokenRoute, { method: "POST", params: { id: acmeId }, body: { rejected_token: first.access_token } })));
    const bodies = await Promise.all(reports.map((r) => r.json()));
    expect(reports.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(new Set(bodies.map((b) => b.access_token)).size).toBe(1);
    expect(bodies[0].access_token).not.toBe(first.access_token);
    const tokenCalls = ((await control("GET", "/requests?path=/auth/oauth2/token")) as { path: string }[]).filter((r) => r.path === "/auth/oauth2/token");
    expect(tokenCalls).toHaveLength(1);
    // A late report of the old token does not throw away the new one.
    const late = await (await call(tokenRoute, { method: "POST", params: { id: acmeId }, body: { rejected_token: first.access_token } })).json();
    expect(late.access_token).toBe(bodies[0].access_token);
    expect((await db.connection.findUnique({ where: { id: acmeId } }))?.status).toBe("connected");
    expect((await call(tokenRoute, { method: "POST", params: { id: acmeId }, body: { rejected: 1 } })).status).toBe(400);
  });

  it("lists and shows connections without any token, with filters and pagination", async () => {
    await connect(GLOBEX.id);
    const all = await (await call(listRoute, { path: "/api/v1/connections?page_size=1" })).json();
    expect(all.pagination).toMatchObject({ total_count: 2, total_pages: 2, page_size: 1 });
    const filtered = await (await call(listRoute, { path: `/api/v1/connections?remote_company_id=${GLOBEX.id}` })).json();
    expect(filtered.data.map((c: { company_name: string }) => c.company_name)).toEqual([GLOBEX.name]);
    const one = await (await call(getRoute, { params: { id: acmeId } })).json();
    expect(one.data).toMatchObject({ id: acmeId, status: "connected", remote_company_id: ACME.id });
    const text = JSON.stringify([all, filtered, one]);
    expect(text).not.toMatch(/token|Enc/i);
    expect((await call(listRoute, { path: "/api/v1/connections?status=bogus" })).status).toBe(400);
    expect((await call(getRoute, { params: { id: "missing" } })).status).toBe(404);
    expect(one.data.status_reason).toBeNull();
    await db.connection.update({ where: { id: acmeId }, data: { status: "refresh_failing", statusReason: "invalid_scope" } });
    const failing = await (await call(getRoute, { params: { id: acmeId } })).json();
    expect(failing.data).toMatchObject({ status: "refresh_failing", status_reason: "invalid_scope" });
  });

  it("never serves or refreshes a connection stored for another Remote environment", async () => {
    await db.connection.update({ where: { id: acmeId }, data: { environment: "sandbox" } });
    expect((await call(getRoute, { params: { id: acmeId } })).status).toBe(404);
    const t = await call(tokenRoute, { method: "POST", params: { id: acmeId } });
    expect(t.status).toBe(404);
    expect((await call(deleteRoute, { method: "DELETE", params: { id: acmeId } })).status).toBe(404);
    expect((await db.connection.findUniqueOrThrow({ where: { id: acmeId } })).refreshTokenEnc).not.toBeNull();
  });

  it("creates connect links carrying an external id", async () => {
    const res = await call(linkRoute, { method: "POST", body: { external_id: "crm-77", expires_in_seconds: 3600 } });
    expect(res.status).toBe(201);
    const link = await res.json();
    expect(link.url).toMatch(/^http:\/\/localhost:3999\/connect\/[A-Za-z0-9_-]+$/);
    expect(new Date(link.expires_at).getTime() - Date.now()).toBeGreaterThan(3500_000);
    expect((await db.connectLink.findUniqueOrThrow({ where: { id: link.id } })).externalId).toBe("crm-77");
    expect((await call(linkRoute, { method: "POST", body: { expires_in_seconds: 5 } })).status).toBe(400);
    expect((await call(linkRoute, { method: "POST", body: { unexpected: 1 } })).status).toBe(400);
  });

  it("disconnect erases tokens; later token requests say so", async () => {
    const res = await call(deleteRoute, { method: "DELETE", params: { id: acmeId } });
    expect((await res.json()).data.status).toBe("disconnected");
    const row = await db.connection.findUniqueOrThrow({ where: { id: acmeId } });
    expect(row.refreshTokenEnc).toBeNull();
    const t = await call(tokenRoute, { method: "POST", params: { id: acmeId } });
    expect(t.status).toBe(409);
    expect((await t.json()).error.code).toBe("disconnected");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { type: "connection.disconnected" } });
    expect(audit.actorType).toBe("api_key");
  });

  it("reports revoked consent as needs_reconnect and an outage as temporary (503 + Retry-After)", async () => {
    await db.connection.update({ where: { id: acmeId }, data: { accessTokenExpiresAt: new Date(0) } });
    await control("POST", "/faults", { target: "token", grant: "refresh_token", mode: "rate_limit", reset_ms: 2000 });
    const limited = await call(tokenRoute, { method: "POST", params: { id: acmeId } });
    expect(limited.status).toBe(503);
    expect((await limited.json()).error.code).toBe("rate_limited");
    expect(limited.headers.get("retry-after")).toBe("2");
    await control("DELETE", "/faults");
    // During Remote's reset window callers are turned away without calling Remote.
    const again = await call(tokenRoute, { method: "POST", params: { id: acmeId } });
    expect((await again.json()).error.code).toBe("rate_limited");
    const { retryNotBefore } = await db.connection.findUniqueOrThrow({ where: { id: acmeId } });
    await new Promise((r) => setTimeout(r, Math.max(0, retryNotBefore!.getTime() - Date.now()) + 20));
    await control("POST", `/companies/${ACME.id}/revoke`);
    const dead = await call(tokenRoute, { method: "POST", params: { id: acmeId } });
    expect(dead.status).toBe(409);
    expect((await dead.json()).error.code).toBe("needs_reconnect");
  });
});

describe("partner API limits", () => {
  /** A body that never ends unless the server stops reading; counts the bytes the server pulled. */
  function endlessBody() {
    const seen = { bytes: 0, cancelled: false };
    const chunk = new TextEncoder().encode(`{"note":"${"x".repeat(16 * 1024 - 10)}`);
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        seen.bytes += chunk.byteLength;
        c.enqueue(chunk);
      },
      cancel() {
        seen.cancelled = true;
      },
    });
    return { stream, seen };
  }
  const post = (handler: RouteHandler, body: BodyInit, headers: Record<string, string> = {}, params: Record<string, string> = {}) =>
    handler(
      new Request("http://localhost:3999/api/v1/x", { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json", ...headers }, body, duplex: "half" } as RequestInit),
      { params: Promise.resolve(params) as Promise<never> },
    );

  async function expectTooLarge(res: Response) {
    expect(res.status).toBe(413);
    const body = await res.json();
    expect(body).toEqual({ error: { code: "payload_too_large", message: expect.stringMatching(/64 KB/), request_id: res.headers.get("x-request-id") } });
  }

  it("refuses a body over 64 KB with 413 JSON, stopping the read at the cap whatever Content-Length says", async () => {
    // Chunked (no Content-Length): an endless stream is cut off just past the cap.
    const chunked = endlessBody();
    await expectTooLarge(await post(linkRoute, chunked.stream));
    expect(chunked.seen.bytes).toBeLessThanOrEqual(64 * 1024 + 2 * 16 * 1024);
    expect(chunked.seen.cancelled).toBe(true);
    // A Content-Length that lies low changes nothing.
    const lying = endlessBody();
    await expectTooLarge(await post(tokenRoute, lying.stream, { "content-length": "20" }, { id: acmeId }));
    expect(lying.seen.bytes).toBeLessThanOrEqual(64 * 1024 + 2 * 16 * 1024);
    // An honest large Content-Length is refused before reading anything.
    await expectTooLarge(await post(linkRoute, JSON.stringify({ note: "x".repeat(70 * 1024) })));
    expect(await db.connectLink.count()).toBe(0);
    // Just under the cap is read (and then judged by the schema, here: the note is too long).
    const under = await post(linkRoute, JSON.stringify({ note: "x".repeat(60 * 1024) }));
    expect(under.status).toBe(400);
    expect((await under.json()).error.message).toMatch(/^note: /);
  });

  it("bounds query values with 400 invalid_request naming the parameter", async () => {
    const cases: [string, string][] = [
      ["page=0", "page"],
      ["page=10001", "page"],
      ["page=abc", "page"],
      ["page_size=0", "page_size"],
      ["page_size=201", "page_size"],
      ["status=bogus", "status"],
      [`external_id=${"e".repeat(201)}`, "external_id"],
      [`remote_company_id=${"r".repeat(101)}`, "remote_company_id"],
    ];
    for (const [qs, param] of cases) {
      const res = await call(listRoute, { path: `/api/v1/connections?${qs}` });
      expect(res.status, qs).toBe(400);
      const { error } = await res.json();
      expect(error.code).toBe("invalid_request");
      expect(error.message.startsWith(`${param}: `), `${qs}: ${error.message}`).toBe(true);
    }
    expect((await call(listRoute, { path: "/api/v1/connections?page=10000&page_size=200" })).status).toBe(200);
  });

  it("answers every auth failure as JSON 401, including on POST routes with a body", async () => {
    for (const auth of [null, "", "Bearer", "Bearer rck_short", `Bearer ${key} extra`, "bearer\trck_" + "a".repeat(30), `Basic ${key}`]) {
      const res = await call(tokenRoute, { method: "POST", auth, params: { id: acmeId }, body: {} });
      expect(res.status, String(auth)).toBe(401);
      expect(res.headers.get("content-type")).toMatch(/application\/json/);
      expect((await res.json()).error).toMatchObject({ code: "unauthorized", request_id: res.headers.get("x-request-id") });
    }
  });
});
