import { Hono } from "hono";
import { RATE_LIMIT_WINDOW_MS } from "../config";
import type { AppEnv, Deps } from "../http/context";
import { clearRateLimitHistory, maxInAnyWindow, rateLimitHistory } from "../rate-limit";

/**
 * GET /__emulator/rate-limit?client_id=…: what the gateway's rate limiter saw from one client since
 * the last reset: every counted request (time, whether it was answered 429), how many were refused,
 * and the most that fell in any sliding minute. Tests use it as the referee of a client's budget.
 */
export function rateLimitControlRoutes(deps: Deps) {
  const { state } = deps;
  const r = new Hono<AppEnv>();
  r.get("/rate-limit", (c) => {
    const clientId = c.req.query("client_id");
    if (!clientId) return c.json({ error: "invalid_request", error_description: "client_id is required" }, 400);
    const hits = rateLimitHistory(state, clientId);
    const w = state.rateWindows.get(clientId);
    return c.json({
      client_id: clientId,
      limit_per_minute: state.config.rate_limit_per_minute,
      window: w ? { started_at: new Date(w.start).toISOString(), count: w.count } : null,
      counted: hits.length,
      limited: hits.filter((h) => h.limited).length,
      max_in_any_minute: maxInAnyWindow(hits.map((h) => h.at), RATE_LIMIT_WINDOW_MS),
      requests: hits.map((h) => ({ at: new Date(h.at).toISOString(), status: h.limited ? 429 : "counted" })),
    });
  });
  r.delete("/rate-limit", (c) => {
    clearRateLimitHistory(state);
    return c.json({ ok: true });
  });
  return r;
}
