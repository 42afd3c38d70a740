import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  body: string;
  signature: string;
  timestamp: string;
  contentType: string;
  at: number;
}

/** A partner's endpoint: records each POST verbatim and answers with the next queued status (default 200). */
export interface Receiver {
  url: string;
  received: Received[];
  /** Statuses for the next requests, in order; then 200. */
  answer(...statuses: number[]): void;
  waitFor(count: number, timeoutMs?: number): Promise<Received[]>;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  const queue: number[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({
        body: Buffer.concat(chunks).toString("utf8"),
        signature: String(req.headers["x-remote-signature"] ?? ""),
        timestamp: String(req.headers["x-remote-timestamp"] ?? ""),
        contentType: String(req.headers["content-type"] ?? ""),
        at: Date.now(),
      });
      res.statusCode = queue.shift() ?? 200;
      res.end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/remote`,
    received,
    answer: (...statuses) => queue.push(...statuses),
    async waitFor(count, timeoutMs = 5000) {
      const until = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > until) throw new Error(`expected ${count} deliveries, got ${received.length}`);
        await new Promise((r) => setTimeout(r, 10));
      }
      return received.slice(0, count);
    },
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** Independent check of Remote's scheme: hex HMAC-SHA256(key, raw_body + ":" + timestamp). */
export const expectedSignature = (key: string, r: Received) =>
  createHmac("sha256", key).update(`${r.body}:${r.timestamp}`).digest("hex");
