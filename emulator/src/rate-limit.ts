import type { Context } from "hono";
import { RATE_LIMIT_WINDOW_MS } from "./config";
import type { EmulatorState } from "./state";

export interface RateLimitResult {
  limited: boolean;
  count: number;
  remaining: number;
  resetMs: number;
}

/** One counted request, for GET /__emulator/rate-limit (what Remote saw, as a referee for tests). */
export interface RateLimitHit {
  at: number;
  limited: boolean;
}

const HISTORY_LIMIT = 10_000;
// Beside the state rather than in it: only tests read it, and it is never persisted.
const histories = new WeakMap<EmulatorState, Map<string, RateLimitHit[]>>();

/** The counted requests of a client since its first one after a reset, oldest first. */
export function rateLimitHistory(state: EmulatorState, clientId: string): RateLimitHit[] {
  // A reset clears the windows; a client without one has no history since.
  if (!state.rateWindows.has(clientId)) return [];
  return histories.get(state)?.get(clientId) ?? [];
}

export function clearRateLimitHistory(state: EmulatorState): void {
  histories.delete(state);
}

function record(state: EmulatorState, clientId: string, hit: RateLimitHit, fresh: boolean): void {
  let byClient = histories.get(state);
  if (!byClient) histories.set(state, (byClient = new Map()));
  const list = fresh ? [] : (byClient.get(clientId) ?? []);
  list.push(hit);
  if (list.length > HISTORY_LIMIT) list.splice(0, list.length - HISTORY_LIMIT);
  byClient.set(clientId, list);
}

/** The most requests that fell in any `windowMs` (sliding), e.g. to prove a client never exceeded a limit. */
export function maxInAnyWindow(times: number[], windowMs: number = RATE_LIMIT_WINDOW_MS): number {
  const sorted = [...times].sort((a, b) => a - b);
  let max = 0;
  for (let lo = 0, hi = 0; hi < sorted.length; hi++) {
    while (sorted[hi] - sorted[lo] >= windowMs) lo++;
    max = Math.max(max, hi - lo + 1);
  }
  return max;
}

/**
 * Remote's partner limit: N requests per minute per client id, "regardless of the token", with the
 * window opening at the client's first request. Token requests count like any other.
 */
export function hitRateLimit(state: EmulatorState, clientId: string, now: number): RateLimitResult {
  const limit = state.config.rate_limit_per_minute;
  let w = state.rateWindows.get(clientId);
  const fresh = !w;
  if (!w || now - w.start >= RATE_LIMIT_WINDOW_MS) {
    w = { start: now, count: 0 };
    state.rateWindows.set(clientId, w);
  }
  w.count++;
  record(state, clientId, { at: now, limited: w.count > limit }, fresh);
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
