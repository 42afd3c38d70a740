import "server-only";
import { getEnv } from "../env";
import { classifyResponse } from "./classify";
import { RemoteError } from "./errors";

export type RemoteReply = { status: number; headers: Headers; body: unknown };

export const isTimeout = (e: unknown) => e instanceof Error && (e.name === "TimeoutError" || e.name === "AbortError");

const unreachable = (e: unknown, timeoutMs: number) =>
  isTimeout(e) ? new RemoteError("unavailable", `Remote did not answer within ${timeoutMs} ms`) : new RemoteError("unavailable", "Remote could not be reached");

/**
 * fetch() against Remote with a timeout that also covers reading the body; a network failure or
 * timeout becomes a RemoteError, the reply itself is untouched (oauth4webapi reads it as it is).
 */
export function timedFetch(timeoutMs: number): typeof fetch {
  return async (input, init = {}) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      return await fetch(input, { ...init, signal, cache: "no-store", redirect: "manual" });
    } catch (e) {
      throw unreachable(e, timeoutMs);
    }
  };
}

/**
 * An API call to Remote. Non-2xx replies, network failures, timeouts and bodies that are not JSON
 * all become RemoteErrors, so callers only ever see a parsed JSON body.
 */
export async function fetchRemote(url: string, init: RequestInit): Promise<RemoteReply> {
  const timeoutMs = getEnv().REMOTE_HTTP_TIMEOUT_MS;
  const res = await timedFetch(timeoutMs)(url, init);
  let text: string;
  try {
    text = await res.text();
  } catch (e) {
    throw unreachable(e, timeoutMs);
  }
  let body: unknown = undefined;
  if (text.length > 0) {
    try {
      body = JSON.parse(text);
    } catch {
      if (res.ok) throw new RemoteError("unavailable", "Remote sent a reply that is not JSON", { status: res.status });
    }
  }
  if (!res.ok) throw classifyResponse(res.status, res.headers, body, "api");
  return { status: res.status, headers: res.headers, body };
}
