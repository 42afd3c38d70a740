import type { MiddlewareHandler } from "hono";
import type { AppEnv, Deps } from "../http/context";
import { maskAuthorization, maskHeaders, maskQuery, maskValue } from "../http/mask";

/**
 * Records every gateway request for GET /__emulator/requests, masked. In dev/locked mode it also
 * prints one line per request: method, path (no query: it may carry codes), status, timing.
 */
export function requestLog(deps: Deps, print?: (line: string) => void): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    c.set("log", {});
    await next();
    const url = new URL(c.req.url);
    const log = c.get("log");
    const duration_ms = Math.round((performance.now() - started) * 10) / 10;
    deps.state.logRequest({
      at: deps.clock.iso(),
      method: c.req.method,
      path: url.pathname,
      query: maskQuery(url),
      status: c.res.status,
      ...(log.grant_type ? { grant_type: log.grant_type } : {}),
      ...(log.client_id ? { client_id: log.client_id } : {}),
      ...(c.req.header("authorization") ? { authorization: maskAuthorization(c.req.header("authorization")) } : {}),
      headers: maskHeaders(c.req.raw.headers),
      ...(log.body !== undefined ? { body: maskValue(log.body) } : {}),
      ...(log.fault ? { fault: log.fault } : {}),
      duration_ms,
    });
    print?.(`${c.req.method} ${url.pathname} ${c.res.status} ${duration_ms}ms` +
      `${log.grant_type ? ` grant=${log.grant_type}` : ""}${log.fault ? ` fault=${log.fault}` : ""}`);
  };
}
