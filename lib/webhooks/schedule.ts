import "server-only";

const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;

/**
 * Delay before retry n (index 0 = after the first failed attempt). Sums to ~3 days: 5 s, 5 min, 30 min,
 * 2 h, 5 h, then seven 10 h steps: 13 attempts over about 77 h.
 */
export const RETRY_DELAYS_MS: readonly number[] = [5 * S, 5 * MIN, 30 * MIN, 2 * H, 5 * H, 10 * H, 10 * H, 10 * H, 10 * H, 10 * H, 10 * H, 10 * H];

export const JITTER = 0.2;
/** A receiver's Retry-After is honoured up to this much; a larger value must not park an event for weeks. */
export const MAX_RETRY_AFTER_MS = 24 * H;

/**
 * Milliseconds until the next attempt after `failedAttempts` failures (1 = the first attempt failed),
 * or null when the series is exhausted. Jitter (±20 %) spreads retries of a burst of events so a
 * recovering receiver is not hit by all of them at once. `retryAfterMs` (from a 429/503) wins when longer.
 */
export function nextRetryDelayMs(
  failedAttempts: number,
  opts: { retryAfterMs?: number | null; random?: () => number } = {},
): number | null {
  if (!Number.isInteger(failedAttempts) || failedAttempts < 1) throw new Error("failedAttempts must be a positive integer");
  const base = RETRY_DELAYS_MS[failedAttempts - 1];
  if (base === undefined) return null;
  const random = opts.random ?? Math.random;
  const jittered = Math.round(base * (1 - JITTER + 2 * JITTER * random()));
  const asked = opts.retryAfterMs != null && opts.retryAfterMs > 0 ? Math.min(opts.retryAfterMs, MAX_RETRY_AFTER_MS) : 0;
  return Math.max(jittered, asked);
}

/** Parses a Retry-After header (delta-seconds or HTTP-date) into milliseconds; null when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}
