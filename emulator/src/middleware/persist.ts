import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../http/context";
import type { StateWriter } from "../persistence/state-file";

/**
 * Tells the state writer after each request that may have changed state. Coarse on purpose: the
 * writer batches, so a spare save costs little, while a missed one would lose a token.
 */
export function persistChanges(writer: StateWriter): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const path = new URL(c.req.url).pathname;
    const { method } = c.req;
    // Only a reset that happened clears the file (locked mode answers 404 there).
    if (path === "/__emulator/reset" && method === "POST") {
      if (c.res.ok) writer.clear();
      return;
    }
    // GETs only read, except the consent page, which opens a pending authorization.
    if ((method !== "GET" && method !== "HEAD") || path.startsWith("/auth/oauth2/authorize")) writer.changed();
  };
}
