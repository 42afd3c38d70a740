import "server-only";
import { unstable_rethrow } from "next/navigation";
import { getEnv } from "../env";
import { reportFailure } from "./error-report";
import { newRequestId } from "./request-id";

/** Where a browser goes when a consent route fails unexpectedly; `ref` matches the server log line. */
function consentErrorUrl(reason: "service_busy" | "unexpected", ref: string): string {
  const path = `/connect/error?reason=${reason}&ref=${encodeURIComponent(ref)}`;
  try {
    return `${getEnv().APP_URL}${path}`;
  } catch {
    // A broken configuration must not turn into a blank 500 either; a relative Location is valid HTTP.
    return path;
  }
}

/**
 * Wraps a route handler that browsers navigate to (the consent start and callback). Whatever fails,
 * the browser gets a 303 to the branded error page with a reference, so an OAuth code in the URL
 * leaves the address bar and nobody sees a blank 500.
 */
export function browserRoute<R extends Request, C>(name: string, handler: (req: R, ctx: C) => Promise<Response>) {
  return async (req: R, ctx: C): Promise<Response> => {
    try {
      return await handler(req, ctx);
    } catch (e) {
      unstable_rethrow(e);
      const ref = newRequestId();
      // Only the route name: the URL may carry the code, the state or a connect-link token.
      const { databaseUnavailable } = reportFailure(e, ref, { route: name });
      const location = consentErrorUrl(databaseUnavailable ? "service_busy" : "unexpected", ref);
      return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
    }
  };
}
