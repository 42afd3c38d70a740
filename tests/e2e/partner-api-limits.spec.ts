import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { cli } from "./support/app";
import { E2E } from "./support/ports";

let key: string;

test.beforeAll(() => {
  key = cli("api-keys:create", ["--name", "limits-spec-key"]);
});

/**
 * Streams a chunked body (no Content-Length) of up to `max` bytes over a real socket, respecting
 * back-pressure, and stops as soon as the server answers. Returns the answer and how much was sent.
 */
function streamUntilAnswered(path: string, max: number): Promise<{ status: number; body: string; sent: number }> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, E2E.appUrl);
    const req = httpRequest(url, { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json", "transfer-encoding": "chunked" } });
    const chunk = Buffer.alloc(16 * 1024, "x");
    let sent = 0;
    let answered = false;
    const pump = () => {
      while (!answered && sent < max) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!answered) req.end();
    };
    req.on("response", (res) => {
      answered = true;
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d: string) => (body += d));
      res.on("end", () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body, sent });
      });
    });
    // The server may close the socket after answering while we still write: not a failure here.
    req.on("error", (e) => (answered ? undefined : reject(e)));
    req.write('{"note":"');
    pump();
  });
}

test("a partner body over 64 KB is refused with 413 JSON over real HTTP, long before the client stops sending", async () => {
  const r = await streamUntilAnswered("/api/v1/connect-links", 64 * 1024 * 1024);
  expect(r.status).toBe(413);
  expect(JSON.parse(r.body)).toEqual({ error: { code: "payload_too_large", message: expect.any(String), request_id: expect.any(String) } });
  // The answer came while the body was still being sent: the server stopped reading near the cap
  // (socket buffers account for the rest), never buffering the whole body.
  console.log(`bytes sent before the 413: ${r.sent}`);
  expect(r.sent).toBeLessThan(8 * 1024 * 1024);

  const honest = await fetch(`${E2E.appUrl}/api/v1/connect-links`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify({ note: "x".repeat(100 * 1024) }),
  });
  expect(honest.status).toBe(413);
  expect((await honest.json()).error.code).toBe("payload_too_large");
});

test("auth failures on the partner API are JSON over real HTTP, never HTML", async () => {
  for (const authorization of [undefined, "Bearer nope", `Bearer ${key}x`]) {
    const res = await fetch(`${E2E.appUrl}/api/v1/connections?page=1`, { headers: authorization ? { authorization } : {} });
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect((await res.json()).error.code).toBe("unauthorized");
  }
  const bad = await fetch(`${E2E.appUrl}/api/v1/connections?page_size=1000`, { headers: { authorization: `Bearer ${key}` } });
  expect(bad.status).toBe(400);
  expect((await bad.json()).error.message).toMatch(/^page_size: /);
});
