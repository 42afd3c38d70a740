import "server-only";
import { isDatabaseUnavailable } from "../db/errors";
import { getEnv } from "../env";
import { observeRemoteRateHeaders, spendRemoteCall, type BudgetPriority } from "./budget";
import { budgetContext, takePrepaid } from "./budget-context";
import { classifyResponse } from "./classify";
import { RemoteError } from "./errors";
import { logger } from "../logger";
import { observeRemoteCall } from "../metrics/remote";

export type RemoteReply = { status: number; headers: Headers; body: unknown };

export const isTimeout = (e: unknown) => e instanceof Error && (e.name === "TimeoutError" || e.name === "AbortError");

const unreachable = (e: unknown, timeoutMs: number) =>
  isTimeout(e) ? new RemoteError("unavailable", `Remote did not answer within ${timeoutMs} ms`) : new RemoteError("unavailable", "Remote could not be reached");

/**
 * How a request is spent against the rate budget: at a priority (a surrounding withBudgetPriority
 * context wins over it, so a health-monitor refresh is background whatever its grant), or "spent"
 * when the caller has already called spendRemoteCall itself (e.g. to answer 429 before doing any work).
 */
export type BudgetUse = { priority: BudgetPriority; maxWaitMs?: number } | "spent";

async function spend(use: BudgetUse, signal?: AbortSignal): Promise<void> {
  if (use === "spent" || takePrepaid()) return;
  try {
    await spendRemoteCall(budgetContext()?.priority ?? use.priority, { maxWaitMs: use.maxWaitMs, signal });
  } catch (e) {
    if (isDatabaseUnavailable(e)) throw new RemoteError("unavailable", "the rate budget could not be checked because the database is unavailable");
    throw e;
  }
}

/** Remote's x-ratelimit-* answer tightens the budget; a failure to record it must not fail the call. */
async function observe(res: Response): Promise<void> {
  try {
    await observeRemoteRateHeaders(res.status, res.headers);
  } catch (e) {
    logger.warn({ err: e instanceof Error ? e.message : String(e) }, "could not record Remote's rate-limit headers");
  }
}

/**
 * fetch() against Remote with a timeout that also covers reading the body; a network failure or
 * timeout becomes a RemoteError, the reply itself is untouched (oauth4webapi reads it as it is).
 * Every request first spends one call of the shared rate budget (RateBudgetExhausted when there is
 * no room in time), and every reply's rate-limit headers are fed back to it.
 */
export function timedFetch(timeoutMs: number, use: BudgetUse = { priority: "proxy" }): typeof fetch {
  return async (input, init = {}) => {
    await spend(use, init.signal ?? undefined);
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    let res: Response;
    const started = performance.now();
    try {
      res = await fetch(input, { ...init, signal, cache: "no-store", redirect: "manual" });
    } catch (e) {
      observeRemoteCall(input, init.method, isTimeout(e) ? "timeout" : "unreachable", performance.now() - started);
      throw unreachable(e, timeoutMs);
    }
    observeRemoteCall(input, init.method, res.status, performance.now() - started);
    await observe(res);
    return res;
  };
}

/**
 * An API call to Remote. Non-2xx replies, network failures, timeouts and bodies that are not JSON
 * all become RemoteErrors, so callers only ever see a parsed JSON body.
 */
export async function fetchRemote(url: string, init: RequestInit, use: BudgetUse = { priority: "proxy" }): Promise<RemoteReply> {
  const timeoutMs = getEnv().REMOTE_HTTP_TIMEOUT_MS;
  const res = await timedFetch(timeoutMs, use)(url, init);
  let text: string;
  try {
    text = await res.text();
  } catch (e) {
    throw unreachable(e, timeoutMs);
  }
  let body: unknown = undefined;
  if (text.length > 0) {
    try {
      body = JSON.parse(text);
    } catch {
      if (res.ok) throw new RemoteError("unavailable", "Remote sent a reply that is not JSON", { status: res.status });
    }
  }
  if (!res.ok) throw classifyResponse(res.status, res.headers, body, "api");
  return { status: res.status, headers: res.headers, body };
}
