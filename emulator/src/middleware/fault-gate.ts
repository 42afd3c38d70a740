import type { Context, MiddlewareHandler } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { Fault, FaultTarget } from "../faults";
import type { AppEnv, Deps } from "../http/context";
import { setRateLimitHeaders } from "../rate-limit";

const STATUS_MESSAGES: Record<number, string> = {
  400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 409: "Conflict",
  422: "Unprocessable Entity", 429: "Too many requests", 500: "Internal Server Error", 502: "Bad Gateway",
  503: "Service Unavailable", 504: "Gateway Timeout",
};

// What a load balancer in front of an API returns when the upstream falls over: not JSON at all.
const GATEWAY_PAGE = `<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>
<body><center><h1>502 Bad Gateway</h1></center><hr><center>cloudflare</center></body></html>`;

/** 499 mirrors nginx's "client closed request": nobody reads it, but the request log shows why. */
const clientGone = () => new Response(null, { status: 499 });

/**
 * Applies a matching fault. Returns a Response to short-circuit, or null to continue normally
 * (latency faults continue after their delay).
 */
export async function applyFault(c: Context<AppEnv>, deps: Deps, target: Exclude<FaultTarget, "*">,
  grant?: string): Promise<Response | null> {
  const fault = deps.faults.take(target, grant);
  if (!fault) return null;
  c.get("log").fault = `${fault.mode}:${fault.id}`;
  return respond(c, deps, fault);
}

async function respond(c: Context<AppEnv>, deps: Deps, fault: Fault): Promise<Response | null> {
  const signal = c.req.raw.signal;
  switch (fault.mode) {
    case "error": {
      const status = fault.status as ContentfulStatusCode;
      return c.json((fault.body ?? { message: STATUS_MESSAGES[status] ?? "Error" }) as object, status);
    }
    case "latency": {
      const outcome = await deps.faults.wait(fault.id, fault.latency_ms, signal);
      return outcome === "aborted" || outcome === "closed" ? clientGone() : null;
    }
    case "timeout": {
      const outcome = await deps.faults.wait(fault.id, null, signal);
      return outcome === "cleared" ? c.json({ message: "Gateway Timeout" }, 504) : clientGone();
    }
    case "rate_limit": {
      const limit = deps.state.config.rate_limit_per_minute;
      setRateLimitHeaders(c, { count: limit + 1, remaining: 0, resetMs: fault.reset_ms });
      return c.json({ message: "Too many requests" }, 429);
    }
    case "malformed":
      return fault.malformed === "html"
        ? c.html(GATEWAY_PAGE, 200)
        : c.body('{"data":{"companies":[{"id":"', 200, { "Content-Type": "application/json" });
    case "stall_body":
      return stalledBody(c, deps, fault, signal);
    case "bad_signature":
    case "stale_timestamp":
      return null; // Delivery-only modes (refused for gateway targets by the control schema).
  }
}

/**
 * A 200 whose JSON body (`body`, default `{message}`) stops halfway, as over a stuck network, until
 * `latency_ms` passes or the fault is cleared: lets a client show it passes a body on as it arrives.
 */
function stalledBody(c: Context<AppEnv>, deps: Deps, fault: Fault, signal: AbortSignal): Response {
  const bytes = new TextEncoder().encode(JSON.stringify(fault.body ?? { message: "stalled" }));
  const half = Math.floor(bytes.length / 2);
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    async pull(ctrl) {
      if (sent === 0) {
        sent = half;
        return ctrl.enqueue(bytes.subarray(0, half));
      }
      await deps.faults.wait(fault.id, fault.latency_ms, signal);
      ctrl.enqueue(bytes.subarray(half));
      ctrl.close();
    },
  });
  return c.body(stream, 200, { "Content-Type": "application/json" });
}

/** Faults act at the gateway, before authentication, like a real outage would. */
export function faultGate(deps: Deps, target: (c: Context<AppEnv>) => Exclude<FaultTarget, "*"> | null): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const t = target(c);
    const res = t ? await applyFault(c, deps, t) : null;
    if (res) return res;
    await next();
  };
}
