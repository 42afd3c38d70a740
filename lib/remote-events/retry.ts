// Pure timing of the subscription job's retries: no I/O, unit-tested beside this file.

const FIRST_MS = 30_000;
/** Remote being down for a day must not leave a company unsubscribed for another day after it is back. */
export const MAX_DELAY_MS = 60 * 60_000;
const JITTER = 0.2;

/**
 * Milliseconds before the next try after `failures` failures in a row (1 = the first failed): 30 s,
 * 1, 2, 4 … minutes, at most an hour, ±20 % so a burst of companies does not retry in lock-step.
 * Remote's (or the budget's) retry-after wins when longer.
 */
export function subscriptionRetryDelayMs(failures: number, opts: { retryAfterMs?: number; random?: () => number } = {}): number {
  const n = Math.max(1, Math.floor(failures));
  const base = Math.min(FIRST_MS * 2 ** Math.min(n - 1, 20), MAX_DELAY_MS);
  const jittered = Math.round(base * (1 - JITTER + 2 * JITTER * (opts.random ?? Math.random)()));
  return Math.max(jittered, Math.min(opts.retryAfterMs ?? 0, MAX_DELAY_MS));
}
