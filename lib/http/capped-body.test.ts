import { describe, expect, it } from "vitest";
import { readBodyCapped } from "./capped-body";

// A body delivered in chunks without a Content-Length, recording how much the reader pulled.
function chunked(chunks: number, size: number) {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(c) {
      if (pulled >= chunks) return c.close();
      pulled++;
      c.enqueue(new Uint8Array(size).fill(97));
    },
  });
  const req = new Request("http://x/", { method: "POST", body: stream, duplex: "half" } as RequestInit);
  return { req, pulled: () => pulled };
}

describe("readBodyCapped", () => {
  it("returns the whole body up to the cap, and an empty buffer for none", async () => {
    expect((await readBodyCapped(new Request("http://x/", { method: "POST", body: "abc" }), 3))?.toString()).toBe("abc");
    expect((await readBodyCapped(new Request("http://x/"), 3))?.length).toBe(0);
  });

  it("refuses a declared length over the cap without reading", async () => {
    const req = new Request("http://x/", { method: "POST", body: "abcd", headers: { "content-length": "4" } });
    expect(await readBodyCapped(req, 3)).toBeNull();
  });

  it("stops reading a body without Content-Length as soon as it passes the cap", async () => {
    const b = chunked(100, 1024);
    expect(await readBodyCapped(b.req, 4 * 1024)).toBeNull();
    expect(b.pulled()).toBeLessThan(10);
  });
});
