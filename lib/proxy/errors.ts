import "server-only";
import { TokenServiceError } from "../connections/errors";
import { busyErrorIn, reportFailure } from "../http/error-report";
import { ApiProblem, type ApiErrorCode } from "../partner-api/respond";
import { RemoteError } from "../remote/errors";
import { ProxyPathError } from "./path";

/** Marks every answer the proxy makes itself, so a caller can tell it from Remote's (which never has it). */
export const OWN_ERROR_HEADER = "x-remote-connect-error";

// The partner API's codes and statuses, except rate_limited: the proxy stands in for Remote, whose
// own answer to "too many calls" is 429, so that is what a proxy caller's retry logic expects.
const STATUS: Partial<Record<ApiErrorCode, number>> = {
  unauthorized: 401,
  not_found: 404,
  invalid_request: 400,
  payload_too_large: 413,
  disconnected: 409,
  needs_reconnect: 409,
  temporarily_unavailable: 503,
  rate_limited: 429,
  misconfigured: 502,
  internal_error: 500,
};

export type ProxyFailure = { code: ApiErrorCode; message: string; retryAfterMs?: number };

/** The partner API's error JSON, plus our marker header (and Retry-After when waiting helps). */
export function proxyErrorResponse(f: ProxyFailure, requestId: string, extraHeaders: Record<string, string> = {}): Response {
  const headers = new Headers({ ...extraHeaders, "content-type": "application/json", "cache-control": "no-store", "x-request-id": requestId, [OWN_ERROR_HEADER]: f.code });
  if (f.retryAfterMs !== undefined) headers.set("retry-after", String(Math.max(1, Math.ceil(f.retryAfterMs / 1000))));
  if (f.code === "unauthorized") headers.set("www-authenticate", 'Bearer realm="remote-connect"');
  const body = JSON.stringify({ error: { code: f.code, message: f.message, request_id: requestId } });
  return new Response(body, { status: STATUS[f.code] ?? 500, headers });
}

const isBudgetExhausted = (e: unknown): e is { retryAfterMs: number } =>
  e instanceof Error && e.name === "RateBudgetExhausted" && typeof (e as { retryAfterMs?: unknown }).retryAfterMs === "number";

/** What went wrong on our side of a proxied call, as the partner API would say it; bugs are logged under the request id. */
export function toProxyFailure(e: unknown, req: Request, requestId: string): ProxyFailure {
  if (isBudgetExhausted(e)) {
    return { code: "rate_limited", message: "The partner's shared Remote rate budget is spent for now; retry after the Retry-After delay.", retryAfterMs: e.retryAfterMs };
  }
  if (e instanceof ProxyPathError) return { code: "invalid_request", message: e.message };
  if (e instanceof ApiProblem || e instanceof TokenServiceError) return { code: e.code, message: e.message, retryAfterMs: e.retryAfterMs };
  if (e instanceof RemoteError) {
    if (e.kind === "bad_request") return { code: "invalid_request", message: e.message };
    if (e.kind === "rate_limited") return { code: "rate_limited", message: `${e.message}; retry after the Retry-After delay.`, retryAfterMs: e.retryAfterMs ?? 1000 };
    return { code: "temporarily_unavailable", message: `${e.message}; retry shortly.`, retryAfterMs: e.retryAfterMs ?? 1000 };
  }
  const { databaseUnavailable } = reportFailure(e, requestId, { method: req.method, path: "proxy", api: "proxy" });
  if (databaseUnavailable) {
    return { code: "temporarily_unavailable", message: "The service is briefly unavailable; retry after the Retry-After delay.", retryAfterMs: busyErrorIn(e)?.retryAfterMs ?? 2000 };
  }
  return { code: "internal_error", message: "Something went wrong; the error was logged under this request_id." };
}
