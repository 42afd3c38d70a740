import "server-only";
import { getEnv } from "../env";
import { logger } from "../logger";
import { observeForwardedCall } from "../metrics/remote";
import { observeRemoteRateHeaders, spendRemoteCall } from "./budget";
import { RemoteError } from "./errors";
import { isTimeout } from "./http";

/** A call the proxy passes on to Remote unchanged; the caller has already vetted every part. */
export type ForwardRequest = {
  method: string;
  /** Percent-encoded path below the gateway root without a leading slash, e.g. `v1/employments/abc`. */
  path: string;
  /** The caller's raw query string including `?`, or "". */
  search: string;
  headers: Headers;
  body?: Uint8Array<ArrayBuffer>;
  accessToken: string;
  /** The caller went away: stop waiting for the budget and for Remote. */
  signal?: AbortSignal;
};

function gatewayTarget(path: string, search: string): string {
  const gateway = new URL(getEnv().gatewayUrl);
  const url = new URL(`${getEnv().gatewayUrl}/${path}${search}`);
  // The proxy's own path rules already forbid escapes; this is the last word on where a request goes.
  const base = gateway.pathname.replace(/\/+$/, "");
  if (url.origin !== gateway.origin || !url.pathname.startsWith(`${base}/`) || url.pathname !== `${base}/${path}`) {
    throw new RemoteError("bad_request", "The path does not stay on Remote's gateway.");
  }
  return url.toString();
}

/**
 * Sends one proxied call to Remote and returns its reply with the body still unread, so the caller
 * can stream it on. It spends one call of the shared rate budget first (waiting at most
 * PROXY_MAX_WAIT_MS, else RateBudgetExhausted) and feeds Remote's rate headers back. The timeout
 * covers the wait for the reply's headers only: a large body may take as long as the client reads.
 */
export async function forwardToRemote(req: ForwardRequest): Promise<Response> {
  const env = getEnv();
  const url = gatewayTarget(req.path, req.search);
  await spendRemoteCall("proxy", { maxWaitMs: env.PROXY_MAX_WAIT_MS, signal: req.signal });
  const headers = new Headers(req.headers);
  headers.set("authorization", `Bearer ${req.accessToken}`);
  const headersDue = AbortSignal.timeout(env.REMOTE_HTTP_TIMEOUT_MS);
  const abort = new AbortController();
  const onAbort = () => abort.abort(req.signal?.reason ?? headersDue.reason);
  req.signal?.addEventListener("abort", onAbort, { once: true });
  headersDue.addEventListener("abort", onAbort, { once: true });
  let res: Response;
  const started = performance.now();
  try {
    res = await fetch(url, { method: req.method, headers, body: req.body, signal: abort.signal, cache: "no-store", redirect: "manual" });
    observeForwardedCall(req.path, req.method, res.status, performance.now() - started);
  } catch (e) {
    req.signal?.removeEventListener("abort", onAbort);
    observeForwardedCall(req.path, req.method, headersDue.aborted || isTimeout(e) ? "timeout" : "unreachable", performance.now() - started);
    throw headersDue.aborted || isTimeout(e)
      ? new RemoteError("unavailable", `Remote did not answer within ${env.REMOTE_HTTP_TIMEOUT_MS} ms`)
      : new RemoteError("unavailable", "Remote could not be reached");
  } finally {
    headersDue.removeEventListener("abort", onAbort);
  }
  // From here only the caller going away may stop the body.
  await observeRemoteRateHeaders(res.status, res.headers).catch((e) =>
    logger.warn({ err: e instanceof Error ? e.message : String(e) }, "could not record Remote's rate headers"),
  );
  return res;
}

/** Throws away a reply the caller will not pass on (e.g. a 401 about to be retried), freeing its connection. */
export async function discardReply(res: Response): Promise<void> {
  await res.body?.cancel().catch(() => {});
}
