import type { TokenServiceErrorCode } from "../connections/errors";
import type { ConnectionStatus } from "../connections/statuses";
import type { RemoteEnvironment } from "../env";

// Every label value a series may carry comes from one of these small fixed sets (or, for HTTP
// statuses, a three-digit code): never an id, an e-mail, a token or a raw path. The integration
// test checks a real scrape against them.

// Records, so that adding a code, status or environment elsewhere fails the typecheck here.
const TOKEN_ERROR_CODES: Record<TokenServiceErrorCode, true> = {
  not_found: true,
  disconnected: true,
  needs_reconnect: true,
  temporarily_unavailable: true,
  rate_limited: true,
  misconfigured: true,
};
const STATUSES: Record<ConnectionStatus, true> = { connected: true, needs_reconnect: true, refresh_failing: true, disconnected: true };
const ENVIRONMENTS: Record<RemoteEnvironment, true> = { emulator: true, sandbox: true, "partner-sandbox": true, production: true };

export const TOKEN_KINDS = ["company", "partner"] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

/** How one token request was answered; "error:other" is anything that is not a TokenServiceError. */
export const TOKEN_OUTCOMES = ["cache_hit", "refreshed", "waited", ...Object.keys(TOKEN_ERROR_CODES).map((c) => `error:${c}`), "error:other"] as const;

export const REFRESH_RESULTS = ["ok", "error"] as const;

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "other"] as const;
export const STATUS_CLASSES = ["1xx", "2xx", "3xx", "4xx", "5xx"] as const;
/** A Remote call that got no reply has no status code: it is one of these instead. */
export const REMOTE_NO_REPLY = ["timeout", "unreachable"] as const;

export const CONNECTION_STATUSES = Object.keys(STATUSES) as ConnectionStatus[];
export const REMOTE_ENVIRONMENTS = Object.keys(ENVIRONMENTS) as RemoteEnvironment[];
export const DELIVERY_STATUSES = ["pending", "succeeded", "failed"] as const;
/** Where an outbox event waits: not yet fanned out to endpoints, or fanned out and not yet delivered. */
export const BACKLOG_STAGES = ["dispatch", "delivery"] as const;
export const SWEEP_RESULTS = ["checked", "healthy", "failing", "needs_reconnect", "skipped"] as const;
export const BUDGET_SOURCES = ["window", "remote"] as const;

export function httpMethod(method: string): (typeof HTTP_METHODS)[number] {
  const m = method.toUpperCase();
  return (HTTP_METHODS as readonly string[]).includes(m) ? (m as (typeof HTTP_METHODS)[number]) : "other";
}

export function statusClass(status: number): string {
  return status >= 100 && status < 600 ? `${Math.floor(status / 100)}xx` : "5xx";
}
