import "server-only";
import { NextResponse } from "next/server";
import { ZodError } from "zod";
import type { Actor } from "../audit/events";
import { authenticateApiKey, type ApiKeyPrincipal } from "../api-keys/service";
import { TokenServiceError } from "../connections/errors";
import { logger } from "../logger";

export type ApiErrorCode =
  | "unauthorized"
  | "not_found"
  | "invalid_request"
  | "disconnected"
  | "needs_reconnect"
  | "temporarily_unavailable"
  | "rate_limited"
  | "misconfigured"
  | "internal_error";

const STATUS: Record<ApiErrorCode, number> = {
  unauthorized: 401,
  not_found: 404,
  invalid_request: 400,
  disconnected: 409,
  needs_reconnect: 409,
  temporarily_unavailable: 503,
  rate_limited: 503,
  misconfigured: 502,
  internal_error: 500,
};

const NO_STORE = { "Cache-Control": "no-store" };

export function apiError(code: ApiErrorCode, message: string, extra: { retryAfterMs?: number } = {}) {
  const headers: Record<string, string> = { ...NO_STORE };
  if (extra.retryAfterMs) headers["Retry-After"] = String(Math.ceil(extra.retryAfterMs / 1000));
  if (code === "unauthorized") headers["WWW-Authenticate"] = 'Bearer realm="remote-connect"';
  return NextResponse.json({ error: { code, message } }, { status: STATUS[code], headers });
}

export function apiJson(body: unknown, status = 200) {
  return NextResponse.json(body, { status, headers: NO_STORE });
}

type Handler<P> = (req: Request, ctx: { params: P; key: ApiKeyPrincipal; actor: Actor }) => Promise<Response>;

/** Every partner API route: API key checked first, errors mapped to stable JSON codes. */
export function withApiKey<P = Record<string, string>>(handler: Handler<P>) {
  return async (req: Request, ctx: { params: Promise<P> }) => {
    const key = await authenticateApiKey(req.headers.get("authorization"));
    if (!key) return apiError("unauthorized", "Send a valid API key as 'Authorization: Bearer rck_…'.");
    try {
      return await handler(req, { params: await ctx.params, key, actor: { type: "api_key", id: key.id, label: `API key ${key.name} (${key.prefix}…)` } });
    } catch (e) {
      if (e instanceof TokenServiceError) return apiError(e.code === "not_found" ? "not_found" : e.code, e.message, { retryAfterMs: e.retryAfterMs });
      if (e instanceof ZodError) return apiError("invalid_request", e.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; "));
      logger.error({ err: e instanceof Error ? e.message : String(e), path: new URL(req.url).pathname }, "partner API error");
      return apiError("internal_error", "Something went wrong; the error was logged.");
    }
  };
}

export async function readJson(req: Request): Promise<unknown> {
  const text = await req.text();
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ZodError([{ code: "custom", path: [], message: "body is not valid JSON", input: text }]);
  }
}
