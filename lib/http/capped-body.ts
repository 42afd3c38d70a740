// Shared by every route that reads a request body (partner API, proxy, Remote's webhooks): no
// server-only import, so it is unit-tested directly.

/**
 * The request body's bytes, read chunk by chunk and abandoned as soon as they pass `maxBytes`
 * (null then): a missing or lying Content-Length, or a chunked body, never makes the server hold
 * more than the cap. An absent body is an empty buffer.
 */
export async function readBodyCapped(req: Request, maxBytes: number): Promise<Buffer | null> {
  const declared = req.headers.get("content-length");
  if (declared && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes) {
    await req.body?.cancel().catch(() => {});
    return null;
  }
  if (!req.body) return Buffer.alloc(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
