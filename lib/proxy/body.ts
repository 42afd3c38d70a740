import "server-only";
import { readBodyCapped } from "../http/capped-body";
import { ApiProblem } from "../partner-api/respond";

/** Proxied request bodies are JSON for Remote's API; nothing legitimate comes near this. */
export const MAX_PROXY_BODY_BYTES = 1024 * 1024;

const tooLarge = () => new ApiProblem("payload_too_large", `The request body is larger than ${MAX_PROXY_BODY_BYTES / 1024 / 1024} MB.`);

/**
 * The request body, read chunk by chunk and given up as soon as it passes the cap (a missing or
 * lying Content-Length never makes us hold more). Kept whole so a call refused with 401 can be
 * sent again after the token is renewed. Undefined when there is no body.
 */
export async function readProxyBody(req: Request): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (req.body === null || req.method === "GET" || req.method === "HEAD") return undefined;
  const buf = await readBodyCapped(req, MAX_PROXY_BODY_BYTES);
  if (!buf) throw tooLarge();
  return buf.length === 0 ? undefined : new Uint8Array(buf);
}
