import { Hono, type Context } from "hono";
import { readBody, str } from "../http/body";
import type { AppEnv, Deps } from "../http/context";
import { oauthError } from "../http/errors";
import { safeEqual, sha256Base64Url } from "../ids";
import { applyFault } from "../middleware/fault-gate";
import { enforceRateLimit } from "../rate-limit";
import type { Client } from "../types";

const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;

/** RFC 6749 §2.3.1: both halves are form-urlencoded before base64. */
function basicCredentials(header: string | undefined): { id: string; secret: string } | null {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? "");
  if (!m) return null;
  const decoded = Buffer.from(m[1], "base64").toString("utf8");
  const i = decoded.indexOf(":");
  if (i < 0) return null;
  try {
    const dec = (s: string) => decodeURIComponent(s.replace(/\+/g, " "));
    return { id: dec(decoded.slice(0, i)), secret: dec(decoded.slice(i + 1)) };
  } catch {
    return null;
  }
}

const noStore = (c: Context) => {
  c.header("Cache-Control", "no-store");
  c.header("Pragma", "no-cache");
};

export function tokenRoutes(deps: Deps) {
  const r = new Hono<AppEnv>();

  r.post("/", async (c) => {
    const body = await readBody(c);
    const params = body.ok ? body.data : {};
    const grantType = str(params.grant_type);
    const log = c.get("log");
    log.body = params;
    if (grantType) log.grant_type = grantType;

    const fault = await applyFault(c, deps, "token", grantType);
    if (fault) return fault;

    const creds = basicCredentials(c.req.header("authorization"));
    const client = creds ? deps.state.clients.get(creds.id) : undefined;
    if (creds && client) log.client_id = client.clientId;
    if (!creds || !client || !safeEqual(creds.secret, client.clientSecret)) {
      return oauthError(c, 401, "invalid_client", "Client authentication failed");
    }
    const limited = enforceRateLimit(c, deps.state, client.clientId, deps.clock.now());
    if (limited) return limited;

    if (!body.ok) return oauthError(c, 400, "invalid_request", body.reason);
    const bodyClientId = str(params.client_id);
    if (bodyClientId !== undefined && bodyClientId !== client.clientId) {
      return oauthError(c, 400, "invalid_request", "client_id does not match the authenticated client");
    }
    if (!grantType) return oauthError(c, 400, "invalid_request", "Missing required parameter: grant_type");

    noStore(c);
    switch (grantType) {
      case "authorization_code":
        return authorizationCode(c, deps, client, params);
      case "refresh_token":
        return refreshToken(c, deps, client, params);
      case "client_credentials":
        if (client.disallowClientCredentials) {
          return oauthError(c, 400, "unauthorized_client", "Client credentials access is disabled for this integration");
        }
        return c.json(await deps.tokens.issuePartnerToken(client.clientId), 200);
      default:
        return oauthError(c, 400, "unsupported_grant_type", `Unsupported grant_type: ${grantType}`);
    }
  });

  return r;
}

async function authorizationCode(c: Context<AppEnv>, deps: Deps, client: Client, p: Record<string, unknown>) {
  const code = str(p.code);
  if (!code) return oauthError(c, 400, "invalid_request", "Missing required parameter: code");
  const record = deps.state.codes.get(code);
  if (!record || record.clientId !== client.clientId) {
    return oauthError(c, 400, "invalid_grant", "Invalid authorization code");
  }
  if (record.usedAt !== null) {
    // RFC 6749 §4.1.2: a replayed code may mean it leaked, so revoke what it already produced.
    if (record.grantId) deps.tokens.revokeGrant(record.grantId);
    return oauthError(c, 400, "invalid_grant", "Authorization code has already been used");
  }
  if (record.expiresAt <= deps.clock.now()) return oauthError(c, 400, "invalid_grant", "Authorization code has expired");
  const redirectUri = str(p.redirect_uri);
  if (redirectUri !== undefined && redirectUri !== record.redirectUri) {
    return oauthError(c, 400, "invalid_grant", "redirect_uri does not match the authorization request");
  }
  if (record.codeChallenge !== null) {
    const verifier = str(p.code_verifier);
    if (!verifier || !VERIFIER.test(verifier) || !safeEqual(sha256Base64Url(verifier), record.codeChallenge)) {
      return oauthError(c, 400, "invalid_grant", "PKCE verification failed");
    }
  }
  if (!deps.state.companies.has(record.companyId)) return oauthError(c, 400, "invalid_grant", "Invalid authorization code");

  record.usedAt = deps.clock.now();
  const grant = deps.tokens.createGrant({
    clientId: client.clientId, companyId: record.companyId, userId: record.userId, origin: "authorization_code", scope: record.scope,
  });
  record.grantId = grant.id;
  const tokens = await deps.tokens.issueForGrant(grant, "authorization_code");
  return c.json({
    access_token: tokens.access_token, token_type: tokens.token_type, expires_in: tokens.expires_in,
    refresh_token: tokens.refresh_token, company_id: grant.companyId, user_id: grant.userId,
  }, 200);
}

async function refreshToken(c: Context<AppEnv>, deps: Deps, client: Client, p: Record<string, unknown>) {
  const token = str(p.refresh_token);
  if (!token) return oauthError(c, 400, "invalid_request", "Missing required parameter: refresh_token");
  const outcome = await deps.tokens.refresh(client.clientId, token);
  if (!outcome.ok) {
    return oauthError(c, 400, deps.state.config.dead_refresh_token_error, "The refresh token is invalid, expired or revoked");
  }
  const { access_token, refresh_token, expires_in, token_type } = outcome.tokens;
  return c.json({ access_token, refresh_token, expires_in, token_type }, 200);
}
