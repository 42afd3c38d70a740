import "server-only";
import { SYSTEM, type Actor } from "../audit/events";
import { authorizeBrowserSession, browserSessionPreflight } from "../browser-sessions/authorize";
import { requestIdFrom } from "../http/request-id";
import { logger } from "../logger";
import { withApiKey, type ApiRouteSpec } from "../partner-api/respond";
import { OWN_ERROR_HEADER, proxyErrorResponse, toProxyFailure } from "./errors";
import { forwardCall, type ProxyTarget } from "./forward-call";
import { remotePathFrom, type RemotePath } from "./path";

type Ctx<P> = { params: Promise<P> };
type Outcome = { response: Response; retried?: boolean; template?: string; code?: string };

const CONNECTION_MARKER = /\/api\/v1\/connections\/[^/]+\/remote\//;
const PARTNER_MARKER = /\/api\/v1\/remote\//;
const BROWSER_SESSION = /^Bearer\s+rcs_/i;
/** Remote's replies as passed on: never marked as ours, whatever their status. */
const remoteReplies = new WeakSet<Response>();

/** One line per proxied call: what a partner's support question needs, never bodies, query values or tokens. */
function logCall(req: Request, started: number, o: Outcome, connectionId: string | null, via: string) {
  logger.info(
    {
      proxy: { method: req.method, path: o.template ?? "(invalid)", status: o.response.status, ms: Math.round(performance.now() - started), connectionId, retried: !!o.retried, via, ...(o.code ? { error: o.code } : {}) },
    },
    "proxied call",
  );
}

async function run(req: Request, target: ProxyTarget, marker: RegExp, requestId: string, extraHeaders: Record<string, string> = {}): Promise<Outcome> {
  let remote: RemotePath | undefined;
  try {
    remote = remotePathFrom(new URL(req.url), marker);
    const { response, retried } = await forwardCall(req, target, remote);
    for (const [k, v] of Object.entries(extraHeaders)) response.headers.set(k, v);
    response.headers.set("x-request-id", requestId);
    remoteReplies.add(response);
    return { response, retried, template: remote.template };
  } catch (e) {
    const failure = toProxyFailure(e, req, requestId);
    return { response: proxyErrorResponse(failure, requestId, extraHeaders), template: remote?.template, code: failure.code };
  }
}

const CODE_BY_STATUS: Record<number, string> = { 401: "unauthorized", 403: "forbidden", 404: "not_found", 429: "too_many_requests", 503: "temporarily_unavailable" };

/**
 * Answers made outside run() (withApiKey's key check and policy, a refused browser session) are ours too:
 * mark them with the code in their JSON error body (e.g. insufficient_scope, too_many_requests), or by status.
 */
async function markOwn(res: Response): Promise<Response> {
  if (remoteReplies.has(res) || res.headers.has(OWN_ERROR_HEADER) || res.status < 400) return res;
  let code = CODE_BY_STATUS[res.status] ?? "internal_error";
  if (res.headers.get("content-type")?.includes("application/json")) {
    const body = (await res.clone().json().catch(() => null)) as { error?: { code?: unknown } } | null;
    if (typeof body?.error?.code === "string") code = body.error.code;
  }
  try {
    res.headers.set(OWN_ERROR_HEADER, code);
    return res;
  } catch {
    const copy = new Response(res.body, res);
    copy.headers.set(OWN_ERROR_HEADER, code);
    return copy;
  }
}

function withKey<P>(spec: ApiRouteSpec, target: (p: P, actor: Actor) => ProxyTarget, marker: RegExp, connectionOf: (p: P) => string | null) {
  const handler = withApiKey<P>(spec, async (req, { params, actor, requestId }) => {
    const started = performance.now();
    const o = await run(req, target(params, actor), marker, requestId);
    logCall(req, started, o, connectionOf(params), "api_key");
    return o.response;
  });
  return async (req: Request, ctx: Ctx<P>) => markOwn(await handler(req, ctx));
}

const connectionWithKey = withKey<{ id: string }>(
  { route: "/api/v1/connections/{id}/remote/{path}", scope: "proxy", connectionParam: true },
  (p, actor) => ({ kind: "company", connectionId: p.id, actor }), CONNECTION_MARKER, (p) => p.id);

/**
 * `/api/v1/connections/{id}/remote/<path>`: an API key, or a browser session (`Bearer rcs_…`) minted
 * for this connection, whose verdict decides alone (it never falls back to API-key checks).
 */
export async function connectionProxy(req: Request, ctx: Ctx<{ id: string }>): Promise<Response> {
  if (!BROWSER_SESSION.test(req.headers.get("authorization") ?? "")) return connectionWithKey(req, ctx);
  const started = performance.now();
  const requestId = requestIdFrom(req.headers);
  const { id } = await ctx.params;
  let remote: RemotePath;
  try {
    remote = remotePathFrom(new URL(req.url), CONNECTION_MARKER);
  } catch (e) {
    const f = toProxyFailure(e, req, requestId);
    const o = { response: proxyErrorResponse(f, requestId), code: f.code };
    logCall(req, started, o, id, "browser_session");
    return o.response;
  }
  const verdict = await authorizeBrowserSession(req, id, remote.path);
  if (verdict.kind === "none") return connectionWithKey(req, ctx);
  const o: Outcome =
    verdict.kind === "refused"
      ? { response: await markOwn(verdict.response), template: remote.template, code: "browser_session_refused" }
      : await run(req, { kind: "company", connectionId: id, actor: { ...SYSTEM, label: `browser session ${verdict.sessionId}` } }, CONNECTION_MARKER, requestId, verdict.corsHeaders);
  logCall(req, started, o, id, "browser_session");
  return o.response;
}

/** CORS preflight for remote-flows in the partner's page; only browser sessions need one. */
export async function connectionProxyPreflight(req: Request, ctx: Ctx<{ id: string }>): Promise<Response> {
  return browserSessionPreflight(req, (await ctx.params).id);
}

/** `/api/v1/remote/<path>`: partner-level calls with the client-credentials token; API keys only. */
export const partnerProxy = withKey<{ path: string[] }>({ route: "/api/v1/remote/{path}", scope: "proxy" }, () => ({ kind: "partner" }), PARTNER_MARKER, () => null);
