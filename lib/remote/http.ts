import "server-only";
import { getEnv } from "../env";
import { classifyResponse } from "./classify";
import { RemoteError } from "./errors";

export type RemoteReply = { status: number; headers: Headers; body: unknown };

/**
 * fetch() against Remote with a timeout. Non-2xx replies, network failures, timeouts and bodies that
 * are not JSON all become RemoteErrors, so callers only ever see a parsed JSON body.
 */
export async function fetchRemote(url: string, init: RequestInit, context: "token" | "api"): Promise<RemoteReply> {
  const timeoutMs = getEnv().REMOTE_HTTP_TIMEOUT_MS;
  const signal = init.signal ? AbortSignal.any([init.signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs);
  let res: Response;
  let text: string;
  try {
    res = await fetch(url, { ...init, signal, cache: "no-store", redirect: "manual" });
    text = await res.text();
  } catch (e) {
    const timedOut = e instanceof Error && (e.name === "TimeoutError" || e.name === "AbortError");
    throw new RemoteError("unavailable", timedOut ? `Remote did not answer within ${timeoutMs} ms` : "Remote could not be reached");
  }
  let body: unknown = undefined;
  if (text.length > 0) {
    try {
      body = JSON.parse(text);
    } catch {
      if (res.ok) throw new RemoteError("unavailable", "Remote sent a reply that is not JSON", { status: res.status });
    }
  }
  if (!res.ok) throw classifyResponse(res.status, res.headers, body, context);
  return { status: res.status, headers: res.headers, body };
}
