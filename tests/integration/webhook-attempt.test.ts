// One delivery attempt against a real receiver in another process, which verifies signatures with the
// standardwebhooks library. Private URLs are allowed here (the receiver is on 127.0.0.1) except where
// the SSRF guard itself is under test.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attemptDelivery } from "@/lib/webhooks/attempt";
import { generateWebhookSecret } from "@/lib/webhooks/secret";
import { signHeaders } from "@/lib/webhooks/sign";
import type { Resolver } from "@/lib/webhooks/url-guard";
import { kill, startWorker } from "./support/processes";

type Received = { path: string; host?: string; contentType?: string; id?: string; verified: boolean; error?: string; body: string };

const secret = generateWebhookSecret();
const local = { allowPrivate: true, allowHttp: true };
let receiver: ReturnType<typeof startWorker>;
let base: string;
let port: number;

beforeAll(async () => {
  receiver = startWorker("tests/integration/support/webhook-receiver.ts", [secret]);
  port = await new Promise<number>((resolve, reject) => {
    receiver.child.stdout!.on("data", (c: Buffer) => {
      const m = /"port":(\d+)/.exec(c.toString());
      if (m) resolve(Number(m[1]));
    });
    receiver.child.on("exit", (code) => reject(new Error(`receiver exited with ${code}`)));
  });
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => kill(receiver.child));

async function received(): Promise<Received[]> {
  return (await fetch(`${base}/log`)).json();
}

let seq = 0;
function signed(secrets = [secret]) {
  const id = `evt_test_${process.pid}_${++seq}`;
  const body = JSON.stringify({ type: "ping", timestamp: new Date().toISOString(), data: {} });
  return { id, body, headers: signHeaders({ id, timestamp: new Date(), body, secrets }) };
}

async function send(path: string, opts: { timeoutMs?: number; secrets?: string[] } = {}) {
  const msg = signed(opts.secrets);
  const result = await attemptDelivery({ url: base + path, headers: msg.headers, body: msg.body, timeoutMs: opts.timeoutMs ?? 2000, guard: local });
  const log = (await received()).filter((r) => r.id === msg.id);
  return { msg, result, log };
}

describe("attemptDelivery", () => {
  it("delivers a signed JSON event that the receiver verifies", async () => {
    const { msg, result, log } = await send("/ok");
    expect(result).toMatchObject({ outcome: "delivered", statusCode: 204, responseExcerpt: "" });
    expect(result.error).toBeUndefined();
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
    expect(log).toEqual([expect.objectContaining({ path: "/ok", verified: true, contentType: "application/json", body: msg.body })]);
  });

  it("is verified by a receiver holding only the old secret during a rotation", async () => {
    const { result, log } = await send("/ok", { secrets: [generateWebhookSecret(), secret] });
    expect(result.outcome).toBe("delivered");
    expect(log[0].verified).toBe(true);
  });

  it("retries on 500 and keeps the answer's excerpt", async () => {
    const { result, log } = await send("/fail");
    expect(result).toMatchObject({ outcome: "retry", statusCode: 500, error: "HTTP 500", responseExcerpt: "receiver broke" });
    expect(log).toHaveLength(1);
  });

  it("gives up on a slow receiver at the timeout and retries", async () => {
    const { result, log } = await send("/slow", { timeoutMs: 500 });
    expect(result).toMatchObject({ outcome: "retry", error: "timed out after 500 ms" });
    expect(result.statusCode).toBeUndefined();
    expect(result.latencyMs).toBeGreaterThanOrEqual(450);
    expect(result.latencyMs).toBeLessThan(2500);
    expect(log).toHaveLength(1);
  });

  it("does not follow a redirect and counts it as a failure to retry", async () => {
    const { result, log } = await send("/redirect");
    expect(result).toMatchObject({ outcome: "retry", statusCode: 302, error: "redirect (302) not followed" });
    expect(log.map((r) => r.path)).toEqual(["/redirect"]);
  });

  it("stops on 410 (a 4xx other than 408/409/429)", async () => {
    const { result } = await send("/gone");
    expect(result).toMatchObject({ outcome: "final", statusCode: 410, error: "HTTP 410", responseExcerpt: "endpoint removed" });
  });

  it("retries on 429 and passes Retry-After on", async () => {
    const { result } = await send("/busy");
    expect(result).toMatchObject({ outcome: "retry", statusCode: 429, retryAfterMs: 120_000 });
  });

  it("keeps at most 1 KB of a large answer", async () => {
    const { result } = await send("/big");
    expect(result.outcome).toBe("delivered");
    expect(Buffer.byteLength(result.responseExcerpt)).toBeLessThanOrEqual(1024);
    expect(result.responseExcerpt.startsWith("éxxx")).toBe(true);
  });

  it("reports a request Node refuses to build as final instead of throwing", async () => {
    const msg = signed();
    const result = await attemptDelivery({ url: `${base}/ok`, headers: { ...msg.headers, "webhook-id": "a\nb" }, body: msg.body, guard: local });
    expect(result).toMatchObject({ outcome: "final", error: expect.stringMatching(/^request refused: /) });
  });

  it("retries when nothing listens", async () => {
    const msg = signed();
    const result = await attemptDelivery({ url: "http://127.0.0.1:1/hook", headers: msg.headers, body: msg.body, timeoutMs: 2000, guard: local });
    expect(result).toMatchObject({ outcome: "retry", error: "network error: ECONNREFUSED" });
  });
});

describe("SSRF guard at delivery time", () => {
  // hooks.partner.test exists in no DNS: the injected resolver plays the partner's DNS.
  const dnsSays = (address: string): Resolver => async () => [{ address, family: 4 }];

  it("connects to the address the guard vetted, with the hostname kept in Host", async () => {
    const msg = signed();
    const result = await attemptDelivery({
      url: `http://hooks.partner.test:${port}/ok`,
      headers: msg.headers,
      body: msg.body,
      timeoutMs: 2000,
      guard: { ...local, resolve: dnsSays("127.0.0.1") },
    });
    expect(result.outcome).toBe("delivered");
    expect((await received()).find((r) => r.id === msg.id)).toMatchObject({ host: `hooks.partner.test:${port}`, verified: true });
  });

  it("refuses a host whose DNS now points at 127.0.0.1 when private URLs are not allowed, without sending", async () => {
    const msg = signed();
    const result = await attemptDelivery({
      url: `http://hooks.partner.test:${port}/ok`,
      headers: msg.headers,
      body: msg.body,
      timeoutMs: 2000,
      guard: { allowPrivate: false, allowHttp: true, resolve: dnsSays("127.0.0.1") },
    });
    expect(result).toMatchObject({ outcome: "final", error: expect.stringMatching(/loopback address \(127\.0\.0\.1\).*WEBHOOK_ALLOW_PRIVATE_URLS/) });
    expect((await received()).filter((r) => r.id === msg.id)).toEqual([]);
  });

  it("counts a hanging DNS lookup against the timeout", async () => {
    const msg = signed();
    const hang: Resolver = () => new Promise(() => undefined);
    const result = await attemptDelivery({
      url: `http://hooks.partner.test:${port}/ok`,
      headers: msg.headers,
      body: msg.body,
      timeoutMs: 300,
      guard: { ...local, resolve: hang },
    });
    expect(result).toMatchObject({ outcome: "retry", error: "timed out after 300 ms" });
    expect(result.latencyMs).toBeLessThan(2000);
  });

  it("uses the settings when no guard options are given: emulator mode allows http, private refused by default", async () => {
    const msg = signed();
    const result = await attemptDelivery({ url: `${base}/ok`, headers: msg.headers, body: msg.body });
    expect(result).toMatchObject({ outcome: "final", error: expect.stringContaining("loopback") });
    expect((await received()).filter((r) => r.id === msg.id)).toEqual([]);
  });
});
