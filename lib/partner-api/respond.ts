import "server-only";
import { readBodyCapped } from "../http/capped-body";
import { NextResponse } from "next/server";
import { ZodError } from "zod";
import type { Actor } from "../audit/events";
import { authenticateApiKey, type ApiKeyPrincipal } from "../api-keys/service";
import { TokenServiceError } from "../connections/errors";
import { busyErrorIn, reportFailure } from "../http/error-report";
import { requestIdFrom } from "../http/request-id";
import { enforceKeyPolicy } from "../api-keys/policy";
import type { ApiScope } from "../api-keys/scopes";
import { observeHttpRequest } from "../metrics/http";
import { API_ERROR_STATUS, ApiProblem, type ApiErrorCode } from "./problem";

export { ApiProblem, type ApiErrorCode };

const NO_STORE = { "Cache-Control": "no-store" };
// A restarting PostgreSQL or a briefly locked SQLite file is usually back within a second or two.
const DEFAULT_DB_RETRY_MS = 2000;

function apiError(requestId: string, code: ApiErrorCode, message: string, extra: { retryAfterMs?: number; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { ...extra.headers, ...NO_STORE, "X-Request-Id": requestId };
  if (extra.retryAfterMs) headers["Retry-After"] = String(Math.max(1, Math.ceil(extra.retryAfterMs / 1000)));
  if (code === "unauthorized") headers["WWW-Authenticate"] = 'Bearer realm="remote-connect"';
  return NextResponse.json({ error: { code, message, request_id: requestId } }, { status: API_ERROR_STATUS[code], headers });
}

export function apiJson(body: unknown, status = 200) {
  return NextResponse.json(body, { status, headers: NO_STORE });
}

/** Every failure becomes the documented JSON error; only a real bug is a 500, and it is logged under the request id. */
function toApiError(e: unknown, req: Request, requestId: string): Response {
  if (e instanceof ApiProblem) return apiError(requestId, e.code, e.message, { retryAfterMs: e.retryAfterMs, headers: e.headers });
  if (e instanceof TokenServiceError) return apiError(requestId, e.code, e.message, { retryAfterMs: e.retryAfterMs });
  if (e instanceof ZodError) return apiError(requestId, "invalid_request", e.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; "));
  const { databaseUnavailable } = reportFailure(e, requestId, { method: req.method, path: new URL(req.url).pathname, api: "partner" });
  if (databaseUnavailable) {
    return apiError(requestId, "temporarily_unavailable", "The service is briefly unavailable; retry after the Retry-After delay.", { retryAfterMs: busyErrorIn(e)?.retryAfterMs ?? DEFAULT_DB_RETRY_MS });
  }
  return apiError(requestId, "internal_error", "Something went wrong; the error was logged under this request_id.");
}

function withHeaders(res: Response, headers: Record<string, string>): Response {
  try {
    for (const [k, v] of Object.entries(headers)) res.headers.set(k, v);
    return res;
  } catch {
    // Headers of a Response taken from fetch() are immutable.
    const copy = new Response(res.body, res);
    for (const [k, v] of Object.entries(headers)) copy.headers.set(k, v);
    return copy;
  }
}

/** What a partner API route is: its OpenAPI path template (also the metrics label) and the scope it needs. */
export type ApiRouteSpec = {
  /** e.g. "/api/v1/connections/{id}/access-token" — never a raw path (no ids in metric labels). */
  route: string;
  scope: ApiScope;
  /** params.id names a connection: a key limited to an external-id prefix sees only its own (else 404). */
  connectionParam?: boolean;
};

type Handler<P> = (req: Request, ctx: { params: P; key: ApiKeyPrincipal; actor: Actor; requestId: string }) => Promise<Response>;

/** Every partner API route: the API key and its policy checked first, and every failure (theirs included) mapped to JSON. */
export function withApiKey<P = Record<string, string>>(spec: ApiRouteSpec, handler: Handler<P>) {
  return async (req: Request, ctx: { params: Promise<P> }): Promise<Response> => {
    const started = performance.now();
    const requestId = requestIdFrom(req.headers);
    let res: Response;
    let limitHeaders: Record<string, string> = {};
    try {
      const key = await authenticateApiKey(req.headers.get("authorization"));
      if (!key) {
        res = apiError(requestId, "unauthorized", "Send a valid API key as 'Authorization: Bearer rck_…'.");
      } else {
        const params = await ctx.params;
        const connectionId = spec.connectionParam ? (params as Record<string, string>).id : undefined;
        limitHeaders = await enforceKeyPolicy(key, { scope: spec.scope, connectionId });
        const actor: Actor = { type: "api_key", id: key.id, label: `API key ${key.name} (${key.prefix}…)` };
        res = withHeaders(await handler(req, { params, key, actor, requestId }), { ...limitHeaders, "X-Request-Id": requestId });
      }
    } catch (e) {
      res = withHeaders(toApiError(e, req, requestId), limitHeaders);
    }
    observeHttpRequest(spec.route, req.method, res.status, performance.now() - started);
    return res;
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
