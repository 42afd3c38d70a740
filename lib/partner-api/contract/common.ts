// Shared pieces of the partner API contract: the error envelope, headers, pagination, path ids.
// No server-only import: pure schemas, also read by the OpenAPI script and the docs page.
import { z } from "zod";
import type { ApiErrorCode } from "../problem";

/** Every code an error answer can carry; kept equal to ApiErrorCode by the `satisfies` below. */
export const API_ERROR_CODES = [
  "unauthorized",
  "forbidden",
  "insufficient_scope",
  "magic_links_not_enabled",
  "not_found",
  "invalid_request",
  "invalid_url",
  "invalid_events",
  "limit_reached",
  "endpoint_disabled",
  "payload_too_large",
  "disconnected",
  "needs_reconnect",
  "not_subscribed",
  "too_many_requests",
  "temporarily_unavailable",
  "rate_limited",
  "misconfigured",
  "internal_error",
] as const satisfies readonly ApiErrorCode[];
// Fails to compile when problem.ts gains a code this list lacks.
type MissingCode = Exclude<ApiErrorCode, (typeof API_ERROR_CODES)[number]>;
export const EVERY_CODE_LISTED: [MissingCode] extends [never] ? true : MissingCode = true;

export const ErrorCode = z.enum(API_ERROR_CODES).meta({ id: "ErrorCode", description: "Machine-readable error code; the HTTP status follows from it." });

/** The error envelope for a set of codes (an operation documents only the codes it can answer per status). */
export function errorEnvelope(codes: readonly ApiErrorCode[] = API_ERROR_CODES) {
  return z
    .object({
      error: z
        .object({
          code: z.enum(codes as [ApiErrorCode, ...ApiErrorCode[]]),
          message: z.string().meta({ description: "Human-readable; safe to show to staff.", example: "No connection with this id." }),
          request_id: z.string().meta({ description: "Also in X-Request-Id; quote it when asking for support.", example: "3f2a9c0d1e4b5a67" }),
        })
        .strict(),
    })
    .strict();
}

export const ApiError = errorEnvelope().meta({
  id: "Error",
  description: "Every error answer of the partner API (and every answer the proxy makes itself).",
  example: { error: { code: "not_found", message: "No connection with this id.", request_id: "3f2a9c0d1e4b5a67" } },
});

export const RequestIdHeader = z.string().meta({
  description: "Echoes a sane X-Request-Id sent by the caller (1–64 of A-Z a-z 0-9 . _ : -), else a new 16-hex-digit id.",
  example: "3f2a9c0d1e4b5a67",
  header: { id: "X-Request-Id" },
});
export const RetryAfterHeader = z.string().meta({ description: "Seconds to wait before retrying.", example: "2", header: { id: "Retry-After" } });
export const RateLimitLimitHeader = z.string().optional().meta({ description: "Requests this API key may make per minute (API_KEY_RATE_LIMIT_PER_MINUTE).", example: "600", header: { id: "RateLimit-Limit" } });
export const RateLimitRemainingHeader = z.string().optional().meta({ description: "Requests left in the current window.", example: "599", header: { id: "RateLimit-Remaining" } });
export const RateLimitResetHeader = z.string().optional().meta({ description: "Seconds until the window resets.", example: "42", header: { id: "RateLimit-Reset" } });
export const OwnErrorHeader = z.enum(API_ERROR_CODES).meta({
  description: "Proxy only: present when Remote Connect made this answer itself (never on Remote's answers); its value is the error code.",
  example: "needs_reconnect",
  header: { id: "x-remote-connect-error" },
});
export const WwwAuthenticateHeader = z.string().meta({ description: "On 401.", example: 'Bearer realm="remote-connect"', header: { id: "WWW-Authenticate" } });

/** Headers every answer of withApiKey carries (RateLimit-* once the key is known). */
export const commonHeaders = {
  "X-Request-Id": RequestIdHeader,
  "RateLimit-Limit": RateLimitLimitHeader,
  "RateLimit-Remaining": RateLimitRemainingHeader,
  "RateLimit-Reset": RateLimitResetHeader,
};

export const Pagination = z
  .object({
    page: z.number().int().min(1).meta({ example: 1 }),
    page_size: z.number().int().min(1).max(200).meta({ example: 50 }),
    total_count: z.number().int().min(0).meta({ example: 1 }),
    total_pages: z.number().int().min(1).meta({ example: 1 }),
  })
  .strict()
  .meta({ id: "Pagination" });

/** page/page_size query parameters, as the list routes parse them. */
export const pageQuery = {
  // Far past any real list; bounds the OFFSET a caller can make the database skip.
  page: z.coerce.number().int().min(1).max(10_000).default(1).meta({ description: "1-based page number.", example: 1 }),
  page_size: z.coerce.number().int().min(1).max(200).default(50).meta({ description: "Items per page.", example: 50 }),
};

export const DateTime = z.string().meta({ format: "date-time", example: "2026-12-01T09:30:00.000Z" });

export const ConnectionIdParams = z.object({ id: z.string().meta({ description: "Connection id.", example: "cmc1x2y3z0000abcd1234efgh" }) });
export const EndpointIdParams = z.object({ id: z.string().meta({ description: "Webhook endpoint id.", example: "cmc1whk0000abcd1234efgh" }) });
