// The webhook jobs in real worker processes (the job runner, as `npm run worker` runs it) sharing one
// database, delivering to a real receiver process that verifies every signature.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { generateWebhookSecret } from "@/lib/webhooks/secret";
import { freshDatabase } from "./support/db";
import { startJobWorker } from "./support/job-processes";
import { connectionEvent, endpointRow, startReceiver } from "./support/webhook-delivery";

const secret = generateWebhookSecret();
let db: Db;
let rx: Awaited<ReturnType<typeof startReceiver>>;
const workers: ReturnType<typeof startJobWorker>[] = [];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function worker(env: Record<string, string> = {}) {
  const w = startJobWorker("webhooks", { WEBHOOK_ALLOW_PRIVATE_URLS: "true", LOG_LEVEL: "silent", ...env });
  workers.push(w);
  return w;
}
const ready = (w: ReturnType<typeof worker>) => w.waitFor((e) => e.some((x) => x.ev === "ready"));

async function until<T>(what: string, fn: () => Promise<T | null | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

beforeAll(async () => {
  rx = await startReceiver([secret]);
});
afterAll(() => rx.stop());
beforeEach(async () => {
  db = await freshDatabase();
});
afterEach(() => {
  for (const w of workers.splice(0)) if (w.child.exitCode === null) w.child.kill("SIGKILL");
});

describe("webhook jobs in worker processes", () => {
  it("two workers: every event is delivered exactly once, verified, with its event id", async () => {
    await endpointRow(`${rx.base}/ok`, secret);
    const a = worker();
    const b = worker();
    await Promise.all([ready(a), ready(b)]);
    const ids: string[] = [];
    for (let burst = 0; burst < 6; burst++) {
      for (let i = 0; i < 10; i++) ids.push((await connectionEvent()).id);
      await sleep(300);
    }
    await until("all deliveries", async () => (await db.webhookDelivery.count({ where: { status: "succeeded" } })) === ids.length, 60_000);
    // Give a duplicate, if there were one, time to arrive.
    await sleep(1500);
    const got = (await rx.received()).filter((r) => ids.includes(r.id!));
    expect(got).toHaveLength(ids.length);
    expect(new Set(got.map((r) => r.id)).size).toBe(ids.length);
    expect(got.every((r) => r.verified)).toBe(true);
    const rows = await db.webhookDelivery.findMany();
    expect(rows.every((r) => r.attempts === 1 && r.claimedBy === null)).toBe(true);
  }, 90_000);

  it("kill -9 mid-delivery: another worker delivers the event once the claim expires", async () => {
    await endpointRow(`${rx.base}/hang-first`, secret);
    // A short timeout keeps the claim short (timeout + 10 s) so the takeover comes soon.
    const a = worker({ WEBHOOK_TIMEOUT_MS: "2000" });
    await ready(a);
    const ev = await connectionEvent();
    await until("the first request", async () => (await rx.received()).some((r) => r.id === ev.id));
    a.child.kill("SIGKILL");
    const killedAt = Date.now();
    const held = await db.webhookDelivery.findFirstOrThrow({ where: { eventId: ev.id } });
    expect(held).toMatchObject({ status: "pending", attempts: 0, claimedBy: expect.stringContaining(`:${a.child.pid}:`) });

    const b = worker({ WEBHOOK_TIMEOUT_MS: "2000" });
    await ready(b);
    const done = await until("the redelivery", async () => {
      const d = await db.webhookDelivery.findFirstOrThrow({ where: { eventId: ev.id } });
      return d.status === "succeeded" && d;
    });
    // Not before the dead worker's claim ran out, and then soon.
    expect(Date.now() - killedAt).toBeGreaterThanOrEqual(held.claimedUntil!.getTime() - killedAt - 500);
    expect(done).toMatchObject({ attempts: 1, lastStatusCode: 204, claimedBy: null });
    const got = (await rx.received()).filter((r) => r.id === ev.id);
    expect(got.map((r) => r.verified)).toEqual([true, true]);
  }, 90_000);

  it("SIGTERM finishes the attempt in flight, records it and releases everything", async () => {
    await endpointRow(`${rx.base}/slow`, secret);
    const a = worker();
    await ready(a);
    const ev = await connectionEvent();
    await until("the request", async () => (await rx.received()).some((r) => r.id === ev.id));
    a.child.kill("SIGTERM");
    expect(await a.exited).toBe(0);
    const d = await db.webhookDelivery.findFirstOrThrow({ where: { eventId: ev.id } });
    expect(d).toMatchObject({ status: "succeeded", attempts: 1, lastStatusCode: 200, claimedBy: null, claimedUntil: null });
    expect(await db.jobLease.count({ where: { owner: { not: null } } })).toBe(0);
  }, 60_000);
});
