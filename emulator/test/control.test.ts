import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createEmulator } from "../src/app";
import {
  DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_REDIRECT_URI, SEED_IDS, basic, code, companyTokens, json, partnerToken, pkce, start,
  tokenRequest, useEmulator,
} from "./helpers";

const h = useEmulator();

describe("modes", () => {
  it("locked mode hides the control API but keeps health and the gateway", async () => {
    const locked = await start({ mode: "locked" });
    try {
      for (const [method, path] of [["GET", "/state"], ["POST", "/reset"], ["GET", "/requests"], ["POST", "/faults"], ["GET", "/tokens"]]) {
        expect((await locked.control(method, path, method === "POST" ? {} : undefined)).status).toBe(404);
      }
      expect(await json(await locked.control("GET", "/health"))).toEqual({ ok: true, mode: "locked" });
      expect((await tokenRequest(locked, { grant_type: "client_credentials" })).status).toBe(200);
    } finally {
      await locked.close();
    }
  });

  it("dev mode serves the control API and logs masked lines", async () => {
    const lines: string[] = [];
    const dev = createEmulator({ mode: "dev", log: (l) => lines.push(l) });
    const running = await dev.listen(0);
    try {
      expect((await fetch(`${running.url}/__emulator/state`)).status).toBe(200);
      const c = await fetch(`${running.url}/__emulator/authorize`, {
        method: "POST", headers: { "content-type": "application/json" },
        body: JSON.stringify({ client_id: DEMO_CLIENT_ID, redirect_uri: DEMO_REDIRECT_URI, company_id: SEED_IDS.acme, decision: "allow" }),
      });
      const codeValue = new URL((await c.json() as { redirect_to: string }).redirect_to).searchParams.get("code")!;
      const t = await fetch(`${running.url}/auth/oauth2/token`, {
        method: "POST", headers: { authorization: basic(), "content-type": "application/x-www-form-urlencoded" },
        body: `grant_type=authorization_code&code=${codeValue}`,
      });
      const tokens = await t.json() as { access_token: string; refresh_token: string };
      await fetch(`${running.url}/v1/identity/current?access_token=${tokens.access_token}`);
      const all = lines.join("\n");
      expect(all).toContain("POST /auth/oauth2/token 200");
      for (const secret of [codeValue, tokens.access_token, tokens.refresh_token, DEMO_CLIENT_SECRET]) expect(all).not.toContain(secret);
    } finally {
      await running.close();
    }
  });
});

describe("GET /__emulator/health", () => {
  it("answers ok", async () => {
    expect(await json(await h.control("GET", "/health"))).toEqual({ ok: true, mode: "test" });
  });
});

describe("request log", () => {
  it("records gateway requests with every secret masked", async () => {
    const { verifier, challenge } = pkce();
    const c = await code(h, { code_challenge: challenge, code_challenge_method: "S256" });
    const t = await json(await tokenRequest(h, { grant_type: "authorization_code", code: c, code_verifier: verifier }));
    await tokenRequest(h, { grant_type: "refresh_token", refresh_token: t.refresh_token }, { json: true });
    await h.call(`/v1/identity/current?access_token=${t.access_token}`, { bearer: t.access_token });
    await h.call(`/auth/oauth2/authorize?client_id=${DEMO_CLIENT_ID}&redirect_uri=${encodeURIComponent(DEMO_REDIRECT_URI)}&code_challenge=${challenge}&code_challenge_method=S256`);

    const requests = await json(await h.control("GET", "/requests"));
    const serialized = JSON.stringify(requests);
    for (const secret of [c, verifier, t.access_token, t.refresh_token, DEMO_CLIENT_SECRET]) expect(serialized).not.toContain(secret);
    const exchange = requests.find((r: { grant_type?: string }) => r.grant_type === "authorization_code");
    expect(exchange).toMatchObject({
      method: "POST", path: "/auth/oauth2/token", status: 200, client_id: DEMO_CLIENT_ID, authorization: "Basic [REDACTED]",
      body: { grant_type: "authorization_code", code: "[REDACTED]", code_verifier: "[REDACTED]" }, duration_ms: expect.any(Number),
      at: expect.any(String), query: {},
    });
    const api = requests.find((r: { path: string }) => r.path === "/v1/identity/current");
    expect(api).toMatchObject({ status: 200, client_id: DEMO_CLIENT_ID, authorization: "Bearer [REDACTED]", query: { access_token: "[REDACTED]" } });
    // Received headers are kept for tests of forwarding callers; a credential only as its fingerprint.
    const fingerprint = "sha256:" + createHash("sha256").update(t.access_token).digest("hex").slice(0, 16);
    expect(api.headers).toMatchObject({ authorization: fingerprint });
    expect(requests.some((r: { path: string }) => r.path.startsWith("/__emulator"))).toBe(false);
  });

  it("filters by path prefix and clears", async () => {
    await partnerToken(h);
    await h.call("/v1/countries");
    expect((await json(await h.control("GET", "/requests?path=/v1")))).toHaveLength(1);
    expect((await h.control("DELETE", "/requests")).status).toBe(200);
    expect((await json(await h.control("GET", "/requests")))).toHaveLength(0);
  });
});

describe("tokens and state", () => {
  it("lists issued tokens as canaries", async () => {
    const partner = await partnerToken(h);
    const t = await companyTokens(h);
    const tokens = await json(await h.control("GET", "/tokens"));
    expect(tokens).toEqual([
      expect.objectContaining({ kind: "partner", grant: "client_credentials", company_id: null, access_token: partner }),
      expect.objectContaining({ kind: "company", grant: "authorization_code", company_id: SEED_IDS.acme,
        access_token: t.access_token, refresh_token: t.refresh_token, issued_at: expect.any(String) }),
    ]);
  });

  it("exposes companies, authorizations and emails without client secrets", async () => {
    await companyTokens(h, SEED_IDS.globex);
    await h.control("POST", `/companies/${SEED_IDS.globex}/revoke`);
    const state = await json(await h.control("GET", "/state"));
    expect(state.companies).toHaveLength(3);
    expect(state.authorizations).toEqual([expect.objectContaining({
      client_id: DEMO_CLIENT_ID, company_id: SEED_IDS.globex, user_id: SEED_IDS.users.hank, revoked_at: expect.any(String),
    })]);
    expect(state.emails).toEqual([]);
    expect(JSON.stringify(state)).not.toContain(DEMO_CLIENT_SECRET);
  });

  it("reset restores the seed, config and clock", async () => {
    await h.control("POST", "/config", { rotate_refresh_tokens: true, rate_limit_per_minute: 3 });
    await h.control("POST", "/clock", { advance_seconds: 3600 });
    await companyTokens(h);
    await h.control("POST", "/reset");
    expect((await json(await h.control("GET", "/config"))).rate_limit_per_minute).toBe(250);
    const state = await json(await h.control("GET", "/state"));
    expect(state.authorizations).toEqual([]);
    expect(Math.abs(Date.parse(state.now) - Date.now())).toBeLessThan(5_000);
    expect((await json(await h.control("GET", "/tokens")))).toEqual([]);
  });
});

describe("config", () => {
  it("reads, updates and validates", async () => {
    expect(await json(await h.control("GET", "/config"))).toEqual({
      rotate_refresh_tokens: false, dead_refresh_token_error: "invalid_grant", access_token_ttl_seconds: 3600,
      refresh_token_ttl_seconds: null, rate_limit_per_minute: 250, validation_error_shape: "errors", not_entitled_shape: "action_error",
      magic_links_entitled: true, webhook_retry_schedule_ms: [1000, 5000, 30_000], webhook_delivery_timeout_ms: 10_000,
    });
    const updated = await json(await h.control("POST", "/config", { access_token_ttl_seconds: 60 }));
    expect(updated.access_token_ttl_seconds).toBe(60);
    expect(updated.rotate_refresh_tokens).toBe(false);
    expect((await h.control("POST", "/config", { dead_refresh_token_error: "nope" })).status).toBe(400);
    expect((await h.control("POST", "/config", { unknown_knob: true })).status).toBe(400);
  });
});

describe("clients", () => {
  it("creates a client (secret required) and updates redirect URIs and entitlements", async () => {
    expect((await h.control("POST", "/clients/new-client", { redirect_uris: ["http://localhost:4000/cb"] })).status).toBe(400);
    const created = await h.control("POST", "/clients/new-client", {
      client_secret: "new-client-secret", redirect_uris: ["http://localhost:4000/cb"], display_name: "Other Partner",
    });
    expect(created.status).toBe(201);
    expect(await json(created)).toMatchObject({
      client_id: "new-client", display_name: "Other Partner",
      entitlements: { get_oauth_access_tokens: true, send_create_password_email: true },
    });
    const ok = await tokenRequest(h, { grant_type: "client_credentials" }, { auth: basic("new-client", "new-client-secret") });
    expect(ok.status).toBe(200);
    const page = await h.call(`/auth/oauth2/authorize?client_id=new-client&redirect_uri=${encodeURIComponent("http://localhost:4000/cb")}`);
    expect(await page.text()).toContain("Other Partner");

    const updated = await h.control("POST", "/clients/new-client", { entitlements: { send_create_password_email: false } });
    expect(updated.status).toBe(200);
    expect((await json(updated)).entitlements).toEqual({ get_oauth_access_tokens: true, send_create_password_email: false });
    const list = await json(await h.control("GET", "/clients"));
    expect(list.map((c: { client_id: string }) => c.client_id)).toEqual([DEMO_CLIENT_ID, "new-client"]);
  });
});

describe("time", () => {
  it("POST /__emulator/clock moves emulator time forward", async () => {
    const c = await code(h);
    await h.control("POST", "/clock", { advance_seconds: 301 });
    expect((await tokenRequest(h, { grant_type: "authorization_code", code: c })).status).toBe(400);
  });

  it("accepts an injected clock", async () => {
    let now = Date.parse("2030-01-01T00:00:00Z");
    const own = await start({ now: () => now });
    try {
      const token = await partnerToken(own);
      now += 3_601_000;
      expect((await own.call("/v1/countries", { bearer: token })).status).toBe(401);
    } finally {
      await own.close();
    }
  });
});

describe("JWKS", () => {
  it("publishes one RSA signing key with a kid", async () => {
    const { keys } = await json(await h.call("/.well-known/jwks.json"));
    expect(keys).toEqual([expect.objectContaining({ kty: "RSA", alg: "RS256", use: "sig", kid: expect.any(String), n: expect.any(String), e: "AQAB" })]);
    expect(keys[0]).not.toHaveProperty("d");
  });
});
