import "server-only";
import type { Actor } from "../audit/events";
import { withCompanyToken, withPartnerToken } from "../connections/with-token";
import { RemoteError } from "../remote/errors";
import { discardReply, forwardToRemote } from "../remote/forward";
import { readProxyBody } from "./body";
import { forwardedRequestHeaders, passedReplyHeaders } from "./headers";
import type { RemotePath } from "./path";

export type ProxyTarget = { kind: "company"; connectionId: string; actor: Actor } | { kind: "partner" };

/**
 * Passes one call on to Remote with the company's (or the partner's) token and returns Remote's
 * reply as it came: status, the rate headers and the body as a stream, never read here. A 401 on
 * the first try renews the token (one refresh shared by every caller and process that saw the same
 * token refused, see with-token.ts) and sends the call once more; that second answer is final,
 * whatever it is. The body is held (≤ 1 MB) so it can be sent twice.
 */
export async function forwardCall(req: Request, target: ProxyTarget, remote: RemotePath): Promise<{ response: Response; retried: boolean }> {
  const body = await readProxyBody(req);
  const headers = forwardedRequestHeaders(req.headers);
  const search = new URL(req.url).search;
  let attempts = 0;
  const send = async ({ accessToken }: { accessToken: string }): Promise<Response> => {
    const first = attempts++ === 0;
    const res = await forwardToRemote({ method: req.method, path: remote.path, search, headers, body, accessToken, signal: req.signal });
    if (res.status === 401 && first) {
      await discardReply(res);
      throw new RemoteError("unauthorized", "Remote refused the access token", { status: 401 });
    }
    return res;
  };
  const upstream = target.kind === "company" ? await withCompanyToken(target.connectionId, send, { actor: target.actor }) : await withPartnerToken(send);
  const response = new Response(upstream.body, { status: upstream.status, headers: passedReplyHeaders(upstream.headers) });
  return { response, retried: attempts > 1 };
}
