import "server-only";
import { RateBudgetExhausted } from "./budget";
import { timedFetch } from "./http";

/** What one look at the gateway found: an HTTP answer below 500, a failure, or no look at all. */
export type GatewayProbe = { reachable: true } | { reachable: false; error: string } | { skipped: "rate_budget" };

const PROBE_TIMEOUT_MS = 3000;

/**
 * Whether Remote's gateway answers. Any HTTP answer below 500 proves it is reachable; the token
 * endpoint exists on every environment. The probe is background work that never waits: when the
 * budget is kept for API and token calls, it is skipped (those calls show Remote answering anyway).
 */
export async function probeGatewayOnce(gatewayUrl: string): Promise<GatewayProbe> {
  try {
    const res = await timedFetch(PROBE_TIMEOUT_MS, { priority: "background", maxWaitMs: 0 })(`${gatewayUrl}/auth/oauth2/token`, { method: "HEAD" });
    await res.body?.cancel();
    return res.status >= 500 ? { reachable: false, error: `gateway answered HTTP ${res.status}` } : { reachable: true };
  } catch (e) {
    if (e instanceof RateBudgetExhausted) return { skipped: "rate_budget" };
    throw e;
  }
}
