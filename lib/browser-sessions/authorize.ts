import "server-only";

// INTERFACE STUB (issue 12): the proxy route asks these two functions about `Authorization: Bearer rcs_…`
// callers. The helper building browser sessions replaces the bodies; the signatures stay.

export type BrowserSessionVerdict =
  /** Not a browser-session token (no `Bearer rcs_…`): the caller authenticates with an API key. */
  | { kind: "none" }
  /** A valid session for this connection, origin, method and path: forward, and answer with these CORS headers. */
  | { kind: "allowed"; sessionId: string; corsHeaders: Record<string, string> }
  /** A session token that may not do this (expired, other connection/origin, POST, path): answer this response. */
  | { kind: "refused"; response: Response };

/** Checks a proxy request that may carry a browser-session token (remote-flows in the partner's page). */
export async function authorizeBrowserSession(_request: Request, _connectionId: string, _remotePath: string): Promise<BrowserSessionVerdict> {
  return { kind: "none" };
}

/** Answers a CORS preflight (OPTIONS) on a connection's proxy path; 403/404 without CORS headers when not allowed. */
export async function browserSessionPreflight(_request: Request, _connectionId: string): Promise<Response> {
  return new Response(null, { status: 404 });
}
