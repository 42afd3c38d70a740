import "server-only";
import * as oauth from "oauth4webapi";
import { classifyResponse } from "./classify";
import { RemoteError } from "./errors";
import { isTimeout } from "./http";


async function jsonBody(res: Response): Promise<unknown> {
  if (res.bodyUsed) return undefined;
  try {
    return JSON.parse(await res.text());
  } catch {
    return undefined;
  }
}

/**
 * What oauth4webapi throws for a token reply, as a RemoteError. Its errors carry Remote's real
 * response, so status, rate-limit headers and body go through the same rules as every other reply
 * (classifyResponse). That also covers bodies oauth4webapi does not recognise as an OAuth error:
 * Remote's published spec answers `{"message": "…"}` (or `{"message": {code, message}}`), which
 * reaches us as an OperationProcessingError carrying the response.
 */
export async function tokenReplyError(e: unknown, timeoutMs: number): Promise<RemoteError> {
  if (e instanceof RemoteError) return e;
  if (isTimeout(e) || isTimeout((e as { cause?: unknown })?.cause)) {
    return new RemoteError("unavailable", `Remote did not answer within ${timeoutMs} ms`);
  }
  if (e instanceof oauth.ResponseBodyError) return classifyResponse(e.status, e.response.headers, e.cause, "token");
  const res =
    e instanceof oauth.WWWAuthenticateChallengeError
      ? e.response
      : e instanceof oauth.OperationProcessingError && e.cause instanceof Response
        ? e.cause
        : undefined;
  if (res && !res.ok) return classifyResponse(res.status, res.headers, await jsonBody(res), "token");
  return new RemoteError("unavailable", "Remote sent a token reply this app does not understand", { status: res?.status });
}
