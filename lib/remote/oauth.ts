import "server-only";
import * as oauth from "oauth4webapi";
import { getEnv } from "../env";
import { authorizationServer, oauthClient } from "./gateway";
import { timedFetch } from "./http";
import { tokenReplyError } from "./token-errors";

/** A normalised token reply. `companyId`/`userId` come only with the authorization-code grant. */
export type TokenSet = {
  accessToken: string;
  refreshToken?: string;
  expiresIn: number;
  companyId?: string;
  userId?: string;
  scope?: string;
};

// oauth4webapi speaks the protocol and sees Remote's real reply; our fetch adds the timeout and spends
// the call from the rate budget (as a token request unless the context says otherwise).
function options() {
  const env = getEnv();
  const insecure = env.gatewayUrl.startsWith("http://");
  return { [oauth.customFetch]: timedFetch(env.REMOTE_HTTP_TIMEOUT_MS, { priority: "token" }), ...(insecure ? { [oauth.allowInsecureRequests]: true } : {}) };
}

function clientAuth() {
  return oauth.ClientSecretBasic(getEnv().REMOTE_CLIENT_SECRET);
}

function toTokenSet(r: oauth.TokenEndpointResponse): TokenSet {
  return {
    accessToken: r.access_token,
    refreshToken: typeof r.refresh_token === "string" ? r.refresh_token : undefined,
    // Remote documents 3600 s; a reply without expires_in is treated as the documented default.
    expiresIn: typeof r.expires_in === "number" && r.expires_in > 0 ? r.expires_in : 3600,
    companyId: typeof r.company_id === "string" ? r.company_id : undefined,
    userId: typeof r.user_id === "string" ? r.user_id : undefined,
    scope: typeof r.scope === "string" ? r.scope : undefined,
  };
}

async function guard<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw await tokenReplyError(e, getEnv().REMOTE_HTTP_TIMEOUT_MS);
  }
}

export async function buildAuthorizeUrl(params: { state: string; codeVerifier: string }): Promise<string> {
  const env = getEnv();
  const url = new URL(authorizationServer().authorization_endpoint!);
  url.searchParams.set("client_id", env.REMOTE_CLIENT_ID);
  url.searchParams.set("redirect_uri", env.redirectUri);
  url.searchParams.set("response_type", "code");
  url.searchParams.set("scope", env.REMOTE_SCOPE);
  url.searchParams.set("state", params.state);
  url.searchParams.set("code_challenge", await oauth.calculatePKCECodeChallenge(params.codeVerifier));
  url.searchParams.set("code_challenge_method", "S256");
  return url.toString();
}

/** Validates the callback parameters against the expected state; throws AuthorizationResponseError on `error=`. */
export function validateCallback(params: URLSearchParams, expectedState: string): URLSearchParams {
  return oauth.validateAuthResponse(authorizationServer(), oauthClient(), params, expectedState);
}

export function exchangeCode(callbackParams: URLSearchParams, codeVerifier: string): Promise<TokenSet> {
  return guard(async () => {
    const as = authorizationServer();
    const res = await oauth.authorizationCodeGrantRequest(as, oauthClient(), clientAuth(), callbackParams, getEnv().redirectUri, codeVerifier, options());
    return toTokenSet(await oauth.processAuthorizationCodeResponse(as, oauthClient(), res));
  });
}

export function refreshGrant(refreshToken: string): Promise<TokenSet> {
  return guard(async () => {
    const as = authorizationServer();
    const res = await oauth.refreshTokenGrantRequest(as, oauthClient(), clientAuth(), refreshToken, options());
    return toTokenSet(await oauth.processRefreshTokenResponse(as, oauthClient(), res));
  });
}

export function clientCredentialsGrant(): Promise<TokenSet> {
  return guard(async () => {
    const as = authorizationServer();
    // Remote's spec lists client_id as a required body field; Basic auth alone is what its guides show.
    const body = new URLSearchParams({ client_id: getEnv().REMOTE_CLIENT_ID });
    const res = await oauth.clientCredentialsGrantRequest(as, oauthClient(), clientAuth(), body, options());
    return toTokenSet(await oauth.processClientCredentialsResponse(as, oauthClient(), res));
  });
}

export const generateState = oauth.generateRandomState;
export const generateCodeVerifier = oauth.generateRandomCodeVerifier;
export { AuthorizationResponseError } from "oauth4webapi";
