import { RemoteError } from "./errors";

export type RetryOptions = {
  attempts?: number;
  /** Absolute time (ms epoch) after which no new attempt starts. */
  deadline?: number;
  baseDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
};

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Retries temporary Remote failures (5xx, timeouts, 429) with exponential backoff and jitter; a 429
 * waits for Remote's x-ratelimit-reset. Permanent failures are thrown at once.
 */
export async function withRetry<T>(fn: () => Promise<T>, opts: RetryOptions = {}): Promise<T> {
  const attempts = opts.attempts ?? 3;
  const base = opts.baseDelayMs ?? 250;
  const sleep = opts.sleep ?? defaultSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (!(e instanceof RemoteError) || !e.temporary || attempt >= attempts) throw e;
      const backoff = base * 2 ** (attempt - 1) * (0.75 + Math.random() * 0.5);
      const wait = e.retryAfterMs !== undefined ? e.retryAfterMs + 50 : backoff;
      if (opts.deadline !== undefined && Date.now() + wait >= opts.deadline) throw e;
      await sleep(wait);
    }
  }
}
