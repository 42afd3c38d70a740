// One reading of a failed token request, shared by company and partner tokens: what callers are
// told, what is stored, how long nobody calls Remote again, and whose problem it is.
import { RemoteError } from "../remote/errors";
import type { TokenServiceErrorCode } from "./errors";

export type TokenFailure = {
  /** dead_grant: the company must consent again. client: our credentials (partner-wide, see client-circuit.ts).
   *  refused: Remote refused the request itself (not transient). temporary: try again after the cool-down. */
  scope: "dead_grant" | "client" | "refused" | "temporary";
  code: TokenServiceErrorCode;
  /** Stored as Connection.statusReason / lastErrorCode: Remote's code, or our name for the failure. */
  reason: string;
  message: string;
  coolDownMs: number;
};

const BASE_COOL_DOWN_MS = 2_000;
const MAX_COOL_DOWN_MS = 5 * 60_000;

/** 2 s, 4 s, 8 s … at most 5 min, for the n-th failure in a row (n ≥ 1). */
export function coolDownFor(failuresInARow: number): number {
  return Math.min(BASE_COOL_DOWN_MS * 2 ** Math.max(0, Math.min(failuresInARow, 20) - 1), MAX_COOL_DOWN_MS);
}

export const CLIENT_REFUSED_MESSAGE =
  "Remote refused this app's client credentials; check REMOTE_CLIENT_ID, REMOTE_CLIENT_SECRET and that the integration may use this grant.";

/**
 * `failuresInARow` counts this failure. Remote's own reset hint (x-ratelimit-reset, Retry-After)
 * wins when it asks for longer than our back-off.
 */
export function toTokenFailure(e: unknown, grant: "refresh_token" | "client_credentials", failuresInARow: number): TokenFailure {
  const err = e instanceof RemoteError ? e : new RemoteError("unavailable", "Unexpected error while getting a token");
  const backoff = coolDownFor(failuresInARow);
  const coolDownMs = Math.max(backoff, err.retryAfterMs ?? 0);
  // unauthorized_client to the client credentials grant only withdraws that grant (e.g. the
  // integration may not create companies); company refreshes still work, so no circuit for it.
  const grantOnly = grant === "client_credentials" && err.remoteCode === "unauthorized_client";
  if (err.kind === "invalid_client" && !grantOnly) {
    return { scope: "client", code: "misconfigured", reason: err.remoteCode ?? "invalid_client", message: CLIENT_REFUSED_MESSAGE, coolDownMs: backoff };
  }
  if (err.kind === "invalid_grant" && grant === "refresh_token") {
    return {
      scope: "dead_grant",
      code: "needs_reconnect",
      reason: err.remoteCode ?? "invalid_grant",
      message: "Remote rejected the refresh token (consent revoked or expired).",
      coolDownMs: 0,
    };
  }
  if (err.kind === "rate_limited") {
    return { scope: "temporary", code: "rate_limited", reason: "rate_limited", message: "Remote is rate-limiting requests; try again shortly.", coolDownMs };
  }
  if (err.kind === "unavailable") {
    return {
      scope: "temporary",
      code: "temporarily_unavailable",
      reason: "temporarily_unavailable",
      message: `Remote is temporarily unavailable (${err.message}); try again shortly.`,
      coolDownMs,
    };
  }
  // invalid_request, invalid_scope, unsupported_grant_type…: retrying the same request cannot help.
  const reason = err.remoteCode ?? err.kind;
  // err.message is Remote's text only as classifyResponse's bounded, masked excerpt.
  const said = err.message && err.message !== reason ? `: ${err.message}` : "";
  return {
    scope: "refused",
    code: "misconfigured",
    reason,
    message:
      grant === "client_credentials"
        ? `Remote refused the client credentials request (${reason}${said}); check that client credentials access is allowed for the integration.`
        : `Remote refused the refresh request (${reason}${said}); check REMOTE_SCOPE and the integration's settings.`,
    coolDownMs,
  };
}
