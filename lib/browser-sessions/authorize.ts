import "server-only";
import { sha256 } from "../crypto/hash";
import { getDb } from "../db";
import { requestIdFrom } from "../http/request-id";
import { isBrowserSessionPath } from "./paths";

// The proxy asks these two functions about `Authorization: Bearer rcs_…` callers: remote-flows
// running in the partner's page with a session its backend minted (see mint.ts).

export type BrowserSessionVerdict =
  /** Not a browser-session token (no `Bearer rcs_…`): the caller authenticates with an API key. */
  | { kind: "none" }
  /** A valid session for this connection, origin, method and path: forward, and answer with these CORS headers. */
  | { kind: "allowed"; sessionId: string; corsHeaders: Record<string, string> }
  /** A session token that may not do this (expired, other connection/origin, POST, path): answer this response. */
  | { kind: "refused"; response: Response };

const SESSION_TOKEN = /^Bearer\s+(rcs_[A-Za-z0-9_-]{20,100})\s*$/;
const CLAIMS_SESSION = /^Bearer\s+rcs_/i;
/** remote-flows sends X-Client-Name/X-Client-Version with every call; without them here its preflight fails. */
const ALLOWED_REQUEST_HEADERS = ["authorization", "content-type", "accept", "accept-language", "x-client-name", "x-client-version"];
const EXPOSED = "x-ratelimit-count, x-ratelimit-remaining, x-ratelimit-reset, retry-after, x-request-id, x-remote-connect-error";
const PREFLIGHT_MAX_AGE_S = 600;

function cors(origin: string): Record<string, string> {
  return { "access-control-allow-origin": origin, vary: "Origin", "access-control-expose-headers": EXPOSED };
}

function refusal(req: Request, status: 401 | 403, code: "unauthorized" | "forbidden", message: string, corsHeaders: Record<string, string> = {}): Response {
  const requestId = requestIdFrom(req.headers);
  const headers = new Headers({ ...corsHeaders, "content-type": "application/json", "cache-control": "no-store", "x-request-id": requestId, "x-remote-connect-error": code });
  if (status === 401) headers.set("www-authenticate", 'Bearer realm="remote-connect"');
  return new Response(JSON.stringify({ error: { code, message, request_id: requestId } }), { status, headers });
}

/** Checks a proxy request that may carry a browser-session token (remote-flows in the partner's page). */
export async function authorizeBrowserSession(request: Request, connectionId: string, remotePath: string): Promise<BrowserSessionVerdict> {
  const authorization = request.headers.get("authorization") ?? "";
  if (!CLAIMS_SESSION.test(authorization)) return { kind: "none" };
  const token = SESSION_TOKEN.exec(authorization)?.[1];
  const session = token
    ? await getDb().browserSession.findUnique({ where: { tokenHash: sha256(token) }, select: { id: true, connectionId: true, allowedOrigin: true, expiresAt: true } })
    : null;
  if (!session) return { kind: "refused", response: refusal(request, 401, "unauthorized", "Unknown browser session; have your backend mint a new one.") };
  if (session.expiresAt.getTime() <= Date.now()) {
    return { kind: "refused", response: refusal(request, 401, "unauthorized", "This browser session has expired; have your backend mint a new one.") };
  }
  // Checked before anything that answers with CORS headers: another origin learns nothing.
  const origin = request.headers.get("origin");
  if (origin !== session.allowedOrigin) {
    return { kind: "refused", response: refusal(request, 403, "forbidden", "This browser session is not valid from this origin.") };
  }
  const headers = cors(origin);
  if (session.connectionId !== connectionId) {
    return { kind: "refused", response: refusal(request, 403, "forbidden", "This browser session belongs to another connection.", headers) };
  }
  if (request.method !== "GET") {
    return { kind: "refused", response: refusal(request, 403, "forbidden", "A browser session may only read (GET); make writes from your backend with an API key.", headers) };
  }
  if (!isBrowserSessionPath(remotePath)) {
    return { kind: "refused", response: refusal(request, 403, "forbidden", "A browser session may only read the employment and onboarding paths remote-flows uses.", headers) };
  }
  return { kind: "allowed", sessionId: session.id, corsHeaders: headers };
}

/** Answers a CORS preflight (OPTIONS) on a connection's proxy path; 403 without CORS headers when not allowed. */
export async function browserSessionPreflight(request: Request, connectionId: string): Promise<Response> {
  const origin = request.headers.get("origin");
  const method = request.headers.get("access-control-request-method");
  const asked = (request.headers.get("access-control-request-headers") ?? "").split(",").map((h) => h.trim().toLowerCase()).filter(Boolean);
  // A preflight carries no credentials: the origin must belong to a live session of this connection.
  const live = origin
    ? await getDb().browserSession.findFirst({ where: { connectionId, allowedOrigin: origin, expiresAt: { gt: new Date() } }, select: { id: true } })
    : null;
  if (!live) return refusal(request, 403, "forbidden", "No live browser session of this connection allows this origin.");
  if (method !== "GET" || !asked.every((h) => ALLOWED_REQUEST_HEADERS.includes(h))) {
    return refusal(request, 403, "forbidden", `A browser session may only send GET with the headers ${ALLOWED_REQUEST_HEADERS.join(", ")}.`);
  }
  return new Response(null, {
    status: 204,
    headers: {
      ...cors(origin!),
      "access-control-allow-methods": "GET",
      "access-control-allow-headers": ALLOWED_REQUEST_HEADERS.join(", "),
      "access-control-max-age": String(PREFLIGHT_MAX_AGE_S),
    },
  });
}
