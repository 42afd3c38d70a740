import "server-only";

export type ApiErrorCode =
  | "unauthorized"
  | "forbidden"
  | "insufficient_scope"
  | "magic_links_not_enabled"
  | "not_found"
  | "invalid_request"
  | "invalid_url"
  | "invalid_events"
  | "limit_reached"
  | "endpoint_disabled"
  | "payload_too_large"
  | "disconnected"
  | "needs_reconnect"
  | "not_subscribed"
  | "too_many_requests"
  | "temporarily_unavailable"
  | "rate_limited"
  | "misconfigured"
  | "internal_error";

export const API_ERROR_STATUS: Record<ApiErrorCode, number> = {
  unauthorized: 401,
  forbidden: 403,
  insufficient_scope: 403,
  magic_links_not_enabled: 403,
  not_found: 404,
  invalid_request: 400,
  invalid_url: 400,
  invalid_events: 400,
  limit_reached: 409,
  endpoint_disabled: 409,
  payload_too_large: 413,
  disconnected: 409,
  needs_reconnect: 409,
  not_subscribed: 409,
  // The key's own request budget (API_KEY_RATE_LIMIT_PER_MINUTE); `rate_limited` is Remote limiting us.
  too_many_requests: 429,
  temporarily_unavailable: 503,
  rate_limited: 503,
  misconfigured: 502,
  internal_error: 500,
};

/** Thrown by a handler for an answer the partner can act on (e.g. not_found); mapped like the rest. */
export class ApiProblem extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly retryAfterMs?: number,
    /** Sent with the error answer too (e.g. RateLimit-* on a 429). */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = "ApiProblem";
  }
}
