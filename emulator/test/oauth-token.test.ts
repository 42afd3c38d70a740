import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from "jose";
import { describe, expect, it } from "vitest";
import {
  DEMO_CLIENT_ID, DEMO_REDIRECT_URI, SEED_IDS, basic, code, companyTokens, json, pkce, tokenRequest, useEmulator,
} from "./helpers";

const h = useEmulator();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe("client authentication", () => {
  it.each([
    ["no Authorization header", null],
    ["a wrong secret", basic(DEMO_CLIENT_ID, "wrong")],
    ["an unknown client", basic("someoneelse", "secret")],
    ["a Bearer header", "Bearer abc"],
    ["garbage", "Basic %%%"],
  ])("answers 401 invalid_client for %s", async (_n, auth) => {
    const res = await tokenRequest(h, { grant_type: "client_credentials" }, { auth });
    expect(res.status).toBe(401);
    expect(await json(res)).toEqual({ error: "invalid_client", error_description: expect.any(String) });
    expect(res.headers.get("www-authenticate")).toContain("Basic");
  });

  it("accepts a request with or without a body client_id equal to the Basic user and rejects a different one", async () => {
    expect((await tokenRequest(h, { grant_type: "client_credentials" })).status).toBe(200);
    expect((await tokenRequest(h, { grant_type: "client_credentials", client_id: DEMO_CLIENT_ID })).status).toBe(200);
    const res = await tokenRequest(h, { grant_type: "client_credentials", client_id: "other" });
    expect(res.status).toBe(400);
    expect((await json(res)).error).toBe("invalid_request");
  });

  it("does not accept the secret as a body field instead of Basic", async () => {
    const res = await tokenRequest(h, { grant_type: "client_credentials", client_id: DEMO_CLIENT_ID,
      client_secret: "emulator-demo-secret-do-not-use-in-production" }, { auth: null });
    expect(res.status).toBe(401);
  });
});

describe("grant_type handling", () => {
  it("answers invalid_request without grant_type and unsupported_grant_type for others", async () => {
    const missing = await tokenRequest(h, {});
    expect(missing.status).toBe(400);
    expect((await json(missing)).error).toBe("invalid_request");
    for (const grant of ["password", "urn:ietf:params:oauth:grant-type:jwt-bearer"]) {
      const res = await tokenRequest(h, { grant_type: grant });
      expect(res.status).toBe(400);
      expect((await json(res)).error).toBe("unsupported_grant_type");
    }
  });

  it("rejects an unparseable JSON body with invalid_request", async () => {
    const res = await h.call("/auth/oauth2/token", {
      method: "POST", headers: { authorization: basic(), "content-type": "application/json" }, body: "{oops",
    });
    expect(res.status).toBe(400);
    expect((await json(res)).error).toBe("invalid_request");
  });
});

describe("client_credentials", () => {
  it.each([false, true])("returns a partner token (json body: %s) with no refresh token", async (asJson) => {
    const res = await tokenRequest(h, { grant_type: "client_credentials" }, { json: asJson });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = await json(res);
    expect(Object.keys(body).sort()).toEqual(["access_token", "expires_in", "token_type"]);
    expect(body).toMatchObject({ token_type: "Bearer", expires_in: 3600 });
  });

  it("answers unauthorized_client when client credentials are disallowed", async () => {
    await h.control("POST", `/clients/${DEMO_CLIENT_ID}`, { disallow_client_credentials: true });
    const res = await tokenRequest(h, { grant_type: "client_credentials" });
    expect(res.status).toBe(400);
    expect((await json(res)).error).toBe("unauthorized_client");
  });
});

describe("authorization_code", () => {
  it.each([false, true])("exchanges a code (json body: %s)", async (asJson) => {
    const c = await code(h);
    const res = await tokenRequest(h, { grant_type: "authorization_code", code: c, redirect_uri: DEMO_REDIRECT_URI }, { json: asJson });
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body).toEqual({
      access_token: expect.stringMatching(/^eyJ/), token_type: "Bearer", expires_in: 3600,
      refresh_token: expect.stringMatching(UUID), company_id: SEED_IDS.acme, user_id: SEED_IDS.users.jane,
    });
  });

  it("issues RS256 JWTs with a kid that verify against the published JWKS", async () => {
    const t = await companyTokens(h);
    expect(decodeProtectedHeader(t.access_token)).toMatchObject({ alg: "RS256", kid: expect.any(String) });
    const jwks = createRemoteJWKSet(new URL(`${h.url}/.well-known/jwks.json`));
    const { payload } = await jwtVerify(t.access_token, jwks);
    expect(payload).toMatchObject({
      sub: SEED_IDS.users.jane, client_id: DEMO_CLIENT_ID, token_kind: "company",
      company_id: SEED_IDS.acme, user_id: SEED_IDS.users.jane, iss: expect.stringMatching(/^http:\/\/localhost:\d+$/),
    });
    expect(payload.aud).toBeTruthy();
    expect(payload.jti).toBeTruthy();
    expect(payload.exp! - payload.iat!).toBe(3600);
  });

  it("answers invalid_request without a code and invalid_grant for an unknown one", async () => {
    expect((await json(await tokenRequest(h, { grant_type: "authorization_code" }))).error).toBe("invalid_request");
    const res = await tokenRequest(h, { grant_type: "authorization_code", code: "made-up" });
    expect(res.status).toBe(400);
    expect((await json(res)).error).toBe("invalid_grant");
  });

  it("is single use, and a replay revokes the tokens the code produced", async () => {
    const c = await code(h);
    const first = await json(await tokenRequest(h, { grant_type: "authorization_code", code: c }));
    expect((await h.call("/v1/identity/current", { bearer: first.access_token })).status).toBe(200);
    const replay = await tokenRequest(h, { grant_type: "authorization_code", code: c });
    expect(replay.status).toBe(400);
    expect((await json(replay)).error).toBe("invalid_grant");
    expect((await h.call("/v1/identity/current", { bearer: first.access_token })).status).toBe(401);
    const refresh = await tokenRequest(h, { grant_type: "refresh_token", refresh_token: first.refresh_token });
    expect((await json(refresh)).error).toBe("invalid_grant");
  });

  it("expires after 5 minutes", async () => {
    const fresh = await code(h);
    h.emulator.clock.advance(4 * 60_000 + 50_000);
    expect((await tokenRequest(h, { grant_type: "authorization_code", code: fresh })).status).toBe(200);
    const stale = await code(h);
    h.emulator.clock.advance(5 * 60_000 + 1);
    const res = await tokenRequest(h, { grant_type: "authorization_code", code: stale });
    expect(res.status).toBe(400);
    expect((await json(res)).error).toBe("invalid_grant");
  });

  it("is bound to the client and to the redirect_uri when one is sent", async () => {
    await h.control("POST", "/clients/second-client", { client_secret: "second-secret", redirect_uris: [DEMO_REDIRECT_URI] });
    const c = await code(h);
    const other = await tokenRequest(h, { grant_type: "authorization_code", code: c }, { auth: basic("second-client", "second-secret") });
    expect((await json(other)).error).toBe("invalid_grant");
    const wrongUri = await tokenRequest(h, { grant_type: "authorization_code", code: c, redirect_uri: "http://localhost:3000/other" });
    expect((await json(wrongUri)).error).toBe("invalid_grant");
    expect((await tokenRequest(h, { grant_type: "authorization_code", code: c })).status).toBe(200);
  });

  describe("PKCE", () => {
    it("passes with the matching verifier", async () => {
      const { verifier, challenge } = pkce();
      const c = await code(h, { code_challenge: challenge, code_challenge_method: "S256" });
      const res = await tokenRequest(h, { grant_type: "authorization_code", code: c, code_verifier: verifier });
      expect(res.status).toBe(200);
    });

    it("fails with a missing or wrong verifier", async () => {
      const { challenge } = pkce();
      const c = await code(h, { code_challenge: challenge, code_challenge_method: "S256" });
      const attempts: Array<Record<string, string>> = [{}, { code_verifier: pkce().verifier }, { code_verifier: "x" }];
      for (const extra of attempts) {
        const res = await tokenRequest(h, { grant_type: "authorization_code", code: c, ...extra });
        expect(res.status).toBe(400);
        expect((await json(res)).error).toBe("invalid_grant");
      }
    });
  });
});

describe("refresh_token", () => {
  it("returns a new access token and echoes the same refresh token by default", async () => {
    const t = await companyTokens(h);
    const res = await tokenRequest(h, { grant_type: "refresh_token", refresh_token: t.refresh_token });
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(Object.keys(body).sort()).toEqual(["access_token", "expires_in", "refresh_token", "token_type"]);
    expect(body.refresh_token).toBe(t.refresh_token);
    expect(body.access_token).not.toBe(t.access_token);
    const again = await tokenRequest(h, { grant_type: "refresh_token", refresh_token: t.refresh_token }, { json: true });
    expect(again.status).toBe(200);
  });

  it("rotates when configured: new token works, old one is dead", async () => {
    await h.control("POST", "/config", { rotate_refresh_tokens: true });
    const t = await companyTokens(h);
    const body = await json(await tokenRequest(h, { grant_type: "refresh_token", refresh_token: t.refresh_token }));
    expect(body.refresh_token).toMatch(UUID);
    expect(body.refresh_token).not.toBe(t.refresh_token);
    expect((await tokenRequest(h, { grant_type: "refresh_token", refresh_token: body.refresh_token })).status).toBe(200);
    const old = await tokenRequest(h, { grant_type: "refresh_token", refresh_token: t.refresh_token });
    expect(old.status).toBe(400);
    expect((await json(old)).error).toBe("invalid_grant");
  });

  it.each(["invalid_grant", "invalid_refresh_token"] as const)("answers %s for a dead token when configured", async (code) => {
    await h.control("POST", "/config", { dead_refresh_token_error: code });
    const res = await tokenRequest(h, { grant_type: "refresh_token", refresh_token: "84224550-dc8f-4153-a7cd-4f38c7ef90da" });
    expect(res.status).toBe(400);
    expect(await json(res)).toEqual({ error: code, error_description: expect.any(String) });
  });

  it("needs the refresh_token parameter and the issuing client", async () => {
    expect((await json(await tokenRequest(h, { grant_type: "refresh_token" }))).error).toBe("invalid_request");
    const t = await companyTokens(h);
    await h.control("POST", "/clients/second-client", { client_secret: "second-secret", redirect_uris: [DEMO_REDIRECT_URI] });
    const res = await tokenRequest(h, { grant_type: "refresh_token", refresh_token: t.refresh_token }, { auth: basic("second-client", "second-secret") });
    expect(res.status).toBe(400);
  });

  it("stops working after the company's consent is revoked", async () => {
    await h.control("POST", "/config", { dead_refresh_token_error: "invalid_refresh_token" });
    const t = await companyTokens(h);
    const revoke = await h.control("POST", `/companies/${SEED_IDS.acme}/revoke`);
    expect(await json(revoke)).toEqual({ revoked: 1 });
    const res = await tokenRequest(h, { grant_type: "refresh_token", refresh_token: t.refresh_token });
    expect(res.status).toBe(400);
    expect((await json(res)).error).toBe("invalid_refresh_token");
    expect((await h.call("/v1/identity/current", { bearer: t.access_token })).status).toBe(401);
  });

  it("expires refresh tokens when a lifetime is configured", async () => {
    await h.control("POST", "/config", { refresh_token_ttl_seconds: 60 });
    const t = await companyTokens(h);
    h.emulator.clock.advance(61_000);
    expect((await tokenRequest(h, { grant_type: "refresh_token", refresh_token: t.refresh_token })).status).toBe(400);
  });
});

describe("access token lifetime", () => {
  it("honours access_token_ttl_seconds, and an expired token gets 401", async () => {
    await h.control("POST", "/config", { access_token_ttl_seconds: 5 });
    const t = await companyTokens(h);
    expect(t.expires_in).toBe(5);
    expect((await h.call("/v1/identity/current", { bearer: t.access_token })).status).toBe(200);
    h.emulator.clock.advance(6_000);
    const res = await h.call("/v1/identity/current", { bearer: t.access_token });
    expect(res.status).toBe(401);
    expect(await json(res)).toEqual({ message: "Unauthorized" });
  });
});
