import "server-only";
import { readBodyCapped } from "../http/capped-body";
import { NextResponse } from "next/server";
import { ZodError } from "zod";
import type { Actor } from "../audit/events";
import { authenticateApiKey, type ApiKeyPrincipal } from "../api-keys/service";
import { TokenServiceError } from "../connections/errors";
import { busyErrorIn, reportFailure } from "../http/error-report";
import { requestIdFrom } from "../http/request-id";

export type ApiErrorCode =
  | "unauthorized"
  | "forbidden"
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
  | "temporarily_unavailable"
  | "rate_limited"
  | "misconfigured"
  | "internal_error";

const STATUS: Record<ApiErrorCode, number> = {
  unauthorized: 401,
  forbidden: 403,
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
  temporarily_unavailable: 503,
  rate_limited: 503,
  misconfigured: 502,
  internal_error: 500,
};

const NO_STORE = { "Cache-Control": "no-store" };
// A restarting PostgreSQL or a briefly locked SQLite file is usually back within a second or two.
const DEFAULT_DB_RETRY_MS = 2000;

/** Thrown by a handler for an answer the partner can act on (e.g. not_found); mapped like the rest. */
export class ApiProblem extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "ApiProblem";
  }
}

function apiError(requestId: string, code: ApiErrorCode, message: string, extra: { retryAfterMs?: number } = {}) {
  const headers: Record<string, string> = { ...NO_STORE, "X-Request-Id": requestId };
  if (extra.retryAfterMs) headers["Retry-After"] = String(Math.max(1, Math.ceil(extra.retryAfterMs / 1000)));
  if (code === "unauthorized") headers["WWW-Authenticate"] = 'Bearer realm="remote-connect"';
  return NextResponse.json({ error: { code, message, request_id: requestId } }, { status: STATUS[code], headers });
}

export function apiJson(body: unknown, status = 200) {
  return NextResponse.json(body, { status, headers: NO_STORE });
}

/** Every failure becomes the documented JSON error; only a real bug is a 500, and it is logged under the request id. */
function toApiError(e: unknown, req: Request, requestId: string): Response {
  if (e instanceof ApiProblem) return apiError(requestId, e.code, e.message, { retryAfterMs: e.retryAfterMs });
  if (e instanceof TokenServiceError) return apiError(requestId, e.code, e.message, { retryAfterMs: e.retryAfterMs });
  if (e instanceof ZodError) return apiError(requestId, "invalid_request", e.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; "));
  const { databaseUnavailable } = reportFailure(e, requestId, { method: req.method, path: new URL(req.url).pathname, api: "partner" });
  if (databaseUnavailable) {
    return apiError(requestId, "temporarily_unavailable", "The service is briefly unavailable; retry after the Retry-After delay.", { retryAfterMs: busyErrorIn(e)?.retryAfterMs ?? DEFAULT_DB_RETRY_MS });
  }
  return apiError(requestId, "internal_error", "Something went wrong; the error was logged under this request_id.");
}

function withRequestId(res: Response, requestId: string): Response {
  try {
    res.headers.set("X-Request-Id", requestId);
    return res;
  } catch {
    // Headers of a Response taken from fetch() are immutable.
    const copy = new Response(res.body, res);
    copy.headers.set("X-Request-Id", requestId);
    return copy;
  }
}

type Handler<P> = (req: Request, ctx: { params: P; key: ApiKeyPrincipal; actor: Actor; requestId: string }) => Promise<Response>;

/** Every partner API route: the API key checked first, and every failure (the key check's included) mapped to JSON. */
export function withApiKey<P = Record<string, string>>(handler: Handler<P>) {
  return async (req: Request, ctx: { params: Promise<P> }): Promise<Response> => {
    const requestId = requestIdFrom(req.headers);
    try {
      const key = await authenticateApiKey(req.headers.get("authorization"));
      if (!key) return apiError(requestId, "unauthorized", "Send a valid API key as 'Authorization: Bearer rck_…'.");
      const actor: Actor = { type: "api_key", id: key.id, label: `API key ${key.name} (${key.prefix}…)` };
      return withRequestId(await handler(req, { params: await ctx.params, key, actor, requestId }), requestId);
    } catch (e) {
      return toApiError(e, req, requestId);
    }
  };
}

/** Partner request bodies are a few small JSON fields; anything near this is a mistake or abuse. */
const MAX_BODY_BYTES = 64 * 1024;

const tooLarge = () => new ApiProblem("payload_too_large", `The request body is larger than ${MAX_BODY_BYTES / 1024} KB.`);

export async function readJson(req: Request): Promise<unknown> {
  // Most token requests carry no body: skip building and draining a stream for nothing.
  if (req.body === null || req.headers.get("content-length") === "0") return {};
  const buf = await readBodyCapped(req, MAX_BODY_BYTES);
  if (!buf) throw tooLarge();
  const text = buf.toString("utf8");
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ZodError([{ code: "custom", path: [], message: "body is not valid JSON", input: text }]);
  }
}
