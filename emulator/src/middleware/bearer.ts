import type { MiddlewareHandler } from "hono";
import type { AppEnv, Deps } from "../http/context";
import { unauthorized } from "../http/errors";
import { enforceRateLimit } from "../rate-limit";

/**
 * Gateway authentication for the REST API. A bad, expired, revoked or foreign token is a plain
 * 401; once the client is known the request counts against its rate limit.
 */
export function requireBearer(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header("authorization") ?? "");
    const verified = match ? await deps.tokens.verify(match[1]) : null;
    if (!verified) return unauthorized(c);
    c.set("auth", verified);
    c.get("log").client_id = verified.clientId;
    const limited = enforceRateLimit(c, deps.state, verified.clientId, deps.clock.now());
    if (limited) return limited;
    await next();
  };
}
