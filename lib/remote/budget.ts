import "server-only";
import { Mutex } from "async-mutex";
import { getEnv } from "../env";
import { DEFAULT_WINDOW_MS, figureFromReply, type BudgetPriority } from "./budget-math";
import { budgetContext } from "./budget-context";
import { budgetSnapshot, peekNoRoom, trySpend, tighten } from "./budget-store";
import { RemoteError } from "./errors";

// The shared rate budget every call to Remote passes (issue 12). REMOTE_RATE_LIMIT_PER_MINUTE calls
// per sliding minute per client id, across every process sharing the database; Remote's own
// x-ratelimit-* figures only ever make it tighter. Token requests come first, then proxy and
// interactive calls, then background work, which waits instead of failing. Nothing here touches the
// database until something actually calls Remote.

export type { BudgetPriority } from "./budget-math";
export { withBudget, withBudgetPriority } from "./budget-context";

/**
 * The budget had no room within the caller's wait limit. It is a RemoteError of kind rate_limited,
 * so code that already handles Remote's own 429 (retry after, clear message) handles this too.
 */
export class RateBudgetExhausted extends RemoteError {
  declare readonly retryAfterMs: number;
  constructor(retryAfterMs: number) {
    super("rate_limited", `Remote's rate budget is spent; retry in ${Math.max(1, Math.ceil(retryAfterMs / 1000))} s`, { retryAfterMs });
    this.name = "RateBudgetExhausted";
  }
}

/** Waiting callers look again at least this often: other processes' spends and Remote's replies give no notice. */
const POLL_CAP_MS = 1000;

type TestHooks = { windowMs?: number };
const testHooks = globalThis as unknown as { __remoteBudgetTestHooks?: TestHooks };

/** Test-only: a shorter window than Remote's minute, so tests need not wait a real minute. Not a setting. */
export function setBudgetWindowForTests(windowMs: number | undefined): void {
  testHooks.__remoteBudgetTestHooks = { windowMs };
}

const windowMs = () => testHooks.__remoteBudgetTestHooks?.windowMs ?? DEFAULT_WINDOW_MS;

function defaultMaxWait(priority: BudgetPriority): number {
  const env = getEnv();
  if (priority === "proxy") return env.PROXY_MAX_WAIT_MS;
  // A token request waits no longer than Remote itself may take to answer; the caller (a refresh
  // holding a lease, a consent callback) is itself on a clock.
  if (priority === "token") return env.REMOTE_HTTP_TIMEOUT_MS;
  return Infinity;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener("abort", abort);
      resolve();
    }
    function abort() {
      clearTimeout(t);
      reject(signal!.reason);
    }
    signal?.addEventListener("abort", abort, { once: true });
  });
}

/**
 * Spends one call of the shared budget, waiting for room up to `maxWaitMs` (default: proxy calls
 * PROXY_MAX_WAIT_MS, token requests REMOTE_HTTP_TIMEOUT_MS, background work as long as needed;
 * a surrounding withBudget deadline shortens any of them). Throws RateBudgetExhausted when the wait
 * would be longer, or the signal's reason when it aborts.
 */
export async function spendRemoteCall(priority: BudgetPriority, opts: { maxWaitMs?: number; signal?: AbortSignal } = {}): Promise<void> {
  await spendRemoteCallTimed(priority, opts);
}

/** spendRemoteCall, answering when (ms epoch, on the budget's clock) the call was counted; for tests and measurements. */
export async function spendRemoteCallTimed(priority: BudgetPriority, opts: { maxWaitMs?: number; signal?: AbortSignal } = {}): Promise<number> {
  const env = getEnv();
  const ctx = budgetContext();
  let deadline = Date.now() + (opts.maxWaitMs ?? defaultMaxWait(priority));
  if (ctx?.deadline !== undefined) deadline = Math.min(deadline, ctx.deadline);
  const [clientId, limit, w] = [env.REMOTE_CLIENT_ID, env.REMOTE_RATE_LIMIT_PER_MINUTE, windowMs()];
  for (;;) {
    opts.signal?.throwIfAborted();
    // While this priority is being turned away, look first: a refusal then costs a read, not the write lock.
    const full = Date.now() < (refusedUntil.get(priority) ?? 0) ? await peekNoRoom(clientId, priority, limit, w) : null;
    const r = full !== null ? { ok: false as const, waitMs: full } : await gate.runExclusive(() => trySpend(clientId, priority, limit, w), RANK[priority]);
    if (r.ok) return r.at;
    refusedUntil.set(priority, Date.now() + Math.min(r.waitMs, POLL_CAP_MS));
    const left = deadline - Date.now();
    // No point waiting for room that cannot come in time: answer now, with when to come back.
    if (r.waitMs > left) throw new RateBudgetExhausted(r.waitMs);
    // Jitter, so waiters in several processes do not all look at the same instant.
    await sleep(Math.min(r.waitMs, POLL_CAP_MS) * (0.9 + Math.random() * 0.2), opts.signal);
  }
}

// Every spend serialises on one database row anyway. In this process spends queue here, token
// requests first, instead of each holding a pool connection while it waits for that row's lock.
const gate = new Mutex();
const RANK: Record<BudgetPriority, number> = { token: 2, proxy: 1, background: 0 };

/** Per priority: until when this process last found no room (a hint to look before locking, never a verdict). */
const refusedUntil = new Map<BudgetPriority, number>();

/** Feeds Remote's answer (status, x-ratelimit-remaining/reset, Retry-After) back; it only ever tightens the budget. */
export async function observeRemoteRateHeaders(status: number, headers: Headers): Promise<void> {
  if (!figureFromReply(status, headers, Date.now())) return;
  const env = getEnv();
  await tighten(env.REMOTE_CLIENT_ID, (now) => figureFromReply(status, headers, now)!, status === 429, env.REMOTE_RATE_LIMIT_PER_MINUTE);
}

/** The budget as it stands (for metrics): the per-minute limit, calls left in the window, Remote's own figure if live. */
export async function readRateBudget(): Promise<{ limit: number; windowRemaining: number; remoteRemaining: number | null }> {
  const env = getEnv();
  const { used, remote } = await budgetSnapshot(env.REMOTE_CLIENT_ID, windowMs());
  return { limit: env.REMOTE_RATE_LIMIT_PER_MINUTE, windowRemaining: Math.max(0, env.REMOTE_RATE_LIMIT_PER_MINUTE - used), remoteRemaining: remote?.remaining ?? null };
}
