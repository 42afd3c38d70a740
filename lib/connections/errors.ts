export type TokenServiceErrorCode = "not_found" | "disconnected" | "needs_reconnect" | "temporarily_unavailable" | "rate_limited" | "misconfigured";

/** What callers of the token service can be told; messages are safe to show to staff and partners. */
export class TokenServiceError extends Error {
  constructor(
    readonly code: TokenServiceErrorCode,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "TokenServiceError";
  }
}
