import * as oauth from "oauth4webapi";
import { describe, expect, it } from "vitest";
import { RemoteError } from "./errors";
import { tokenReplyError } from "./token-errors";

const as: oauth.AuthorizationServer = { issuer: "https://gw.example", token_endpoint: "https://gw.example/auth/oauth2/token" };
const client: oauth.Client = { client_id: "c1" };

const reply = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(typeof body === "string" ? body : JSON.stringify(body), {
    status,
    headers: { "content-type": typeof body === "string" ? "text/html" : "application/json", ...headers },
  });

/** Runs Remote's reply through oauth4webapi as the app does, and maps what it throws. */
async function classified(res: Response): Promise<RemoteError> {
  try {
    await oauth.processRefreshTokenResponse(as, client, res);
  } catch (e) {
    return tokenReplyError(e, 1500);
  }
  throw new Error("expected a failure");
}

describe("tokenReplyError", () => {
  it("classifies RFC 6749 error bodies by code", async () => {
    expect(await classified(reply(400, { error: "invalid_grant", error_description: "revoked" }))).toMatchObject({ kind: "invalid_grant", remoteCode: "invalid_grant", message: "revoked" });
    expect(await classified(reply(400, { error: "invalid_scope" }))).toMatchObject({ kind: "bad_request", remoteCode: "invalid_scope" });
    expect(await classified(reply(400, { error: "unauthorized_client" }))).toMatchObject({ kind: "invalid_client" });
  });

  it("reads Remote's published {message} shape, which oauth4webapi does not take for an OAuth error", async () => {
    expect(await classified(reply(400, { message: "invalid_refresh_token" }))).toMatchObject({ kind: "invalid_grant", remoteCode: "invalid_refresh_token", status: 400 });
    expect(await classified(reply(400, { message: { code: "invalid_grant", message: "Refresh token is invalid" } }))).toMatchObject({
      kind: "invalid_grant",
      message: "Refresh token is invalid",
    });
    expect(await classified(reply(401, { message: "Unauthorized" }))).toMatchObject({ kind: "invalid_client", status: 401 });
    expect(await classified(reply(400, { message: "Missing grant type" }))).toMatchObject({ kind: "bad_request", message: "Missing grant type" });
  });

  it("reads a 401 that carries a WWW-Authenticate challenge", async () => {
    const e = await classified(reply(401, { error: "invalid_client" }, { "www-authenticate": 'Basic realm="Remote"' }));
    expect(e).toMatchObject({ kind: "invalid_client", remoteCode: "invalid_client" });
  });

  it("keeps 429 (with its reset hint) and 5xx temporary, whatever the body", async () => {
    expect(await classified(reply(429, { message: "Too many requests" }, { "x-ratelimit-reset": "4000" }))).toMatchObject({ kind: "rate_limited", retryAfterMs: 4000 });
    expect(await classified(reply(429, "<html>slow down</html>", { "retry-after": "7" }))).toMatchObject({ kind: "rate_limited", retryAfterMs: 7000 });
    expect(await classified(reply(503, "<html>down</html>"))).toMatchObject({ kind: "unavailable", status: 503 });
  });

  it("treats a success reply it cannot read as temporary", async () => {
    expect(await classified(reply(200, "<html>maintenance</html>"))).toMatchObject({ kind: "unavailable" });
    expect(await classified(reply(200, { token_type: "bearer" }))).toMatchObject({ kind: "unavailable" });
  });

  it("reports a timeout as temporary", async () => {
    const e = await tokenReplyError(new DOMException("timed out", "TimeoutError"), 1500);
    expect(e).toMatchObject({ kind: "unavailable", message: "Remote did not answer within 1500 ms" });
  });
});
