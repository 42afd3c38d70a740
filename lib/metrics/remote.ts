import "server-only";
import { getEnv } from "../env";
import { httpMethod, type REMOTE_NO_REPLY } from "./labels";
import { remoteEndpointOf, remoteEndpointOfUrl } from "./remote-endpoint";
import { m } from "./registry";

type Reply = number | (typeof REMOTE_NO_REPLY)[number];

function record(endpoint: string, method: string, reply: Reply, durationMs: number): void {
  const metrics = m()!;
  metrics.remoteRequests.inc({ endpoint, method: httpMethod(method), status: String(reply) });
  metrics.remoteRequestDuration.observe({ endpoint }, durationMs / 1000);
}

/** One call to Remote by URL (lib/remote/http.ts): its reply's status, or why there was none. */
export function observeRemoteCall(input: string | URL | Request, method: string | undefined, reply: Reply, durationMs: number): void {
  if (!m()) return;
  const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
  const base = new URL(getEnv().gatewayUrl).pathname;
  record(remoteEndpointOfUrl(url, base), method ?? (input instanceof Request ? input.method : "GET"), reply, durationMs);
}

/** One proxied call (lib/remote/forward.ts), by its path below the gateway root. */
export function observeForwardedCall(path: string, method: string, reply: Reply, durationMs: number): void {
  if (!m()) return;
  record(remoteEndpointOf(path), method, reply, durationMs);
}
