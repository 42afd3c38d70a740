import "server-only";

// INTERFACE STUB (issue 12): the shared rate budget every call to Remote passes. The helper building
// the budget replaces the bodies; the signatures are what other modules code against.

/** Who is asking, most important first: token requests, then proxy/interactive calls, then background work. */
export type BudgetPriority = "token" | "proxy" | "background";

/** The budget had no room within the caller's wait limit. */
export class RateBudgetExhausted extends Error {
  constructor(readonly retryAfterMs: number) {
    super(`Remote's rate budget is spent; retry in ${Math.ceil(retryAfterMs / 1000)} s`);
    this.name = "RateBudgetExhausted";
  }
}

/**
 * Spends one call of the shared budget, waiting for room up to `maxWaitMs` (default: token requests
 * and background work wait as long as needed; proxy calls use PROXY_MAX_WAIT_MS). Throws
 * RateBudgetExhausted when the wait would be longer.
 */
export async function spendRemoteCall(_priority: BudgetPriority, _opts: { maxWaitMs?: number; signal?: AbortSignal } = {}): Promise<void> {}

/** Feeds Remote's answer (status, x-ratelimit-remaining/reset, Retry-After) back; it only ever tightens the budget. */
export async function observeRemoteRateHeaders(_status: number, _headers: Headers): Promise<void> {}
