import "server-only";
import { httpMethod, statusClass } from "./labels";
import { m } from "./registry";

/** One request this app answered, by its route template (never the raw path: no ids in labels). */
export function observeHttpRequest(route: string, method: string, status: number, durationMs: number): void {
  m()?.httpDuration.observe({ route, method: httpMethod(method), status_class: statusClass(status) }, durationMs / 1000);
}

/**
 * Wraps a route handler outside the partner API (withApiKey records those itself) so its requests
 * are recorded under the fixed `route` template. A handler that throws counts as a 500.
 */
export function withHttpMetrics<A extends unknown[]>(route: string, handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    const started = performance.now();
    let status = 500;
    try {
      const res = await handler(...args);
      status = res.status;
      return res;
    } finally {
      // Next always passes the request; a direct call without one (tests) is a GET.
      observeHttpRequest(route, (args[0] as Request | undefined)?.method ?? "GET", status, performance.now() - started);
    }
  };
}
