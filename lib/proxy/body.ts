import "server-only";
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
  const declared = req.headers.get("content-length");
  if (declared && /^\d+$/.test(declared.trim()) && Number(declared) > MAX_PROXY_BODY_BYTES) {
    await req.body.cancel().catch(() => {});
    throw tooLarge();
  }
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_PROXY_BODY_BYTES) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return size === 0 ? undefined : new Uint8Array(Buffer.concat(chunks));
}
