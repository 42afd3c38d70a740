import "server-only";
import type { AuthorizationServer, Client } from "oauth4webapi";
import { getEnv } from "../env";

/** Remote's authorization server as oauth4webapi describes one. Remote publishes no discovery document. */
export function authorizationServer(): AuthorizationServer {
  const gw = getEnv().gatewayUrl;
  return {
    issuer: gw,
    authorization_endpoint: `${gw}/auth/oauth2/authorize`,
    token_endpoint: `${gw}/auth/oauth2/token`,
  };
}

export function oauthClient(): Client {
  return { client_id: getEnv().REMOTE_CLIENT_ID };
}

/** REST paths use the /v1 prefix at the gateway root (the gateway also aliases /eor/v1). */
export function apiUrl(path: string, query?: Record<string, string | number | undefined>): string {
  const url = new URL(`${getEnv().gatewayUrl}/v1${path}`);
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== "") url.searchParams.set(k, String(v));
  return url.toString();
}
