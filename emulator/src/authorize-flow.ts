import { CODE_TTL_MS, DEFAULT_SCOPE, PENDING_AUTHORIZE_TTL_MS } from "./config";
import type { Deps } from "./http/context";
import { opaqueToken } from "./ids";
import type { Client, PendingAuthorization } from "./types";

export interface AuthorizeParams {
  client_id?: string;
  redirect_uri?: string;
  response_type?: string;
  state?: string;
  scope?: string;
  code_challenge?: string;
  code_challenge_method?: string;
}

export type StartOutcome =
  /** Client or redirect_uri can't be trusted: tell the person, never redirect (RFC 6749 §4.1.2.1). */
  | { kind: "fatal"; error: string; message: string }
  | { kind: "redirect"; to: string }
  | { kind: "ok"; pending: PendingAuthorization; client: Client };

const S256_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

export function withParams(uri: string, params: Record<string, string | null | undefined>): string {
  const url = new URL(uri);
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined) url.searchParams.set(k, v);
  return url.toString();
}

export function startAuthorization(deps: Deps, p: AuthorizeParams): StartOutcome {
  const client = p.client_id ? deps.state.clients.get(p.client_id) : undefined;
  if (!client) {
    return { kind: "fatal", error: "invalid_client", message: "The application that sent you here is not registered with Remote." };
  }
  if (!p.redirect_uri || !client.redirectUris.includes(p.redirect_uri)) {
    return { kind: "fatal", error: "invalid_redirect_uri",
      message: "The redirect URI does not exactly match any URI registered for this application." };
  }
  const fail = (error: string, description: string): StartOutcome => ({
    kind: "redirect",
    to: withParams(p.redirect_uri!, { error, error_description: description, state: p.state }),
  });
  if (p.response_type !== undefined && p.response_type !== "code") {
    return fail("unsupported_response_type", "Only response_type=code is supported");
  }
  if (p.code_challenge_method !== undefined && p.code_challenge === undefined) {
    return fail("invalid_request", "code_challenge_method was sent without code_challenge");
  }
  if (p.code_challenge !== undefined) {
    // RFC 7636 makes a missing method mean "plain", which we refuse like any hardened server.
    if ((p.code_challenge_method ?? "plain") !== "S256") {
      return fail("invalid_request", "Only code_challenge_method=S256 is supported");
    }
    if (!S256_CHALLENGE.test(p.code_challenge)) {
      return fail("invalid_request", "code_challenge must be a base64url-encoded SHA-256 digest");
    }
  }
  const pending: PendingAuthorization = {
    id: opaqueToken(24),
    clientId: client.clientId,
    redirectUri: p.redirect_uri,
    state: p.state ?? null,
    scope: p.scope?.trim() || DEFAULT_SCOPE,
    codeChallenge: p.code_challenge ?? null,
    expiresAt: deps.clock.now() + PENDING_AUTHORIZE_TTL_MS,
  };
  deps.state.pendingAuthorizations.set(pending.id, pending);
  return { kind: "ok", pending, client };
}

/** Single use: the pending request is consumed whatever the outcome. */
export function takePending(deps: Deps, id: string | undefined): PendingAuthorization | null {
  const pending = id ? deps.state.pendingAuthorizations.get(id) : undefined;
  if (!pending) return null;
  deps.state.pendingAuthorizations.delete(pending.id);
  return pending.expiresAt > deps.clock.now() ? pending : null;
}

export type Decision = { allow: false } | { allow: true; companyId: string; userId: string };

export function decide(deps: Deps, pending: PendingAuthorization, decision: Decision): string {
  if (!decision.allow) {
    return withParams(pending.redirectUri, {
      error: "access_denied", error_description: "The company admin denied access", state: pending.state,
    });
  }
  const code = opaqueToken(32);
  deps.state.codes.set(code, {
    code,
    clientId: pending.clientId,
    redirectUri: pending.redirectUri,
    companyId: decision.companyId,
    userId: decision.userId,
    scope: pending.scope,
    codeChallenge: pending.codeChallenge,
    expiresAt: deps.clock.now() + CODE_TTL_MS,
    usedAt: null,
    grantId: null,
  });
  return withParams(pending.redirectUri, { code, state: pending.state });
}

/** Resolves who is consenting; a user must be an active admin of the (active) company. */
export function resolveAccount(deps: Deps, companyId: string | undefined, userId: string | undefined):
  { companyId: string; userId: string } | null {
  const accounts = deps.state.signInAccounts();
  const match = accounts.find((a) => (userId ? a.user.id === userId : true) && (companyId ? a.company.id === companyId : true));
  return match ? { companyId: match.company.id, userId: match.user.id } : null;
}
