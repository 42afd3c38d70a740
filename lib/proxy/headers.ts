import "server-only";

/** The only request headers passed on to Remote; Authorization is ours, cookies and the rest stay here. */
const REQUEST_HEADERS = ["accept", "content-type", "accept-language", "idempotency-key"] as const;

/** Reply headers passed back; hop-by-hop, encoding and length headers are the server's own business. */
const REPLY_HEADERS = ["content-type", "content-language", "content-disposition", "retry-after", "etag", "last-modified"] as const;

export function forwardedRequestHeaders(incoming: Headers): Headers {
  const out = new Headers();
  for (const name of REQUEST_HEADERS) {
    const v = incoming.get(name);
    if (v !== null && v.length <= 1024) out.set(name, v);
  }
  // Without it, fetch() asks for gzip and decodes it: ask for what is passed on as it is.
  out.set("accept-encoding", "identity");
  return out;
}

export function passedReplyHeaders(reply: Headers): Headers {
  const out = new Headers({ "cache-control": "no-store" });
  for (const name of REPLY_HEADERS) {
    const v = reply.get(name);
    if (v !== null) out.set(name, v);
  }
  reply.forEach((value, name) => {
    if (name.startsWith("x-ratelimit-")) out.set(name, value);
  });
  return out;
}
