export type TokenServiceErrorCode = "not_found" | "disconnected" | "needs_reconnect" | "temporarily_unavailable" | "rate_limited" | "misconfigured";

/** What callers of the token service can be told; messages are safe to show to staff and partners. */
export class TokenServiceError extends Error {
  constructor(
    readonly code: TokenServiceErrorCode,
    message: string,
    readonly retryAfterMs?: number,
    /** Set by the lease holder that talked to Remote: how it read the failure (see token-failure.ts). */
    readonly scope?: "dead_grant" | "client" | "refused" | "temporary",
  ) {
    super(message);
    this.name = "TokenServiceError";
  }
}
