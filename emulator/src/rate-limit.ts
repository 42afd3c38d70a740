import type { Context } from "hono";
import { RATE_LIMIT_WINDOW_MS } from "./config";
import type { EmulatorState } from "./state";

export interface RateLimitResult {
  limited: boolean;
  count: number;
  remaining: number;
  resetMs: number;
}

/**
 * Remote's partner limit: N requests per minute per client id, "regardless of the token", with the
 * window opening at the client's first request. Token requests count like any other.
 */
export function hitRateLimit(state: EmulatorState, clientId: string, now: number): RateLimitResult {
  const limit = state.config.rate_limit_per_minute;
  let w = state.rateWindows.get(clientId);
  if (!w || now - w.start >= RATE_LIMIT_WINDOW_MS) {
    w = { start: now, count: 0 };
    state.rateWindows.set(clientId, w);
  }
  w.count++;
  return {
    limited: w.count > limit,
    count: w.count,
    remaining: Math.max(0, limit - w.count),
    resetMs: Math.max(0, w.start + RATE_LIMIT_WINDOW_MS - now),
  };
}

export function setRateLimitHeaders(c: Context, r: Pick<RateLimitResult, "count" | "remaining" | "resetMs">): void {
  c.header("x-ratelimit-count", String(r.count));
  c.header("x-ratelimit-remaining", String(r.remaining));
  c.header("x-ratelimit-reset", String(r.resetMs));
}

export const tooManyRequests = (c: Context) => c.json({ message: "Too many requests" }, 429);

/** Counts the request and answers 429 when over the limit; null means carry on. */
export function enforceRateLimit(c: Context, state: EmulatorState, clientId: string, now: number): Response | null {
  const r = hitRateLimit(state, clientId, now);
  setRateLimitHeaders(c, r);
  return r.limited ? tooManyRequests(c) : null;
}
