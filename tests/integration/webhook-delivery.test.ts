// The delivery engine in this process against a real receiver process that verifies every request with
// the standardwebhooks library. Time-dependent steps pass `now` instead of waiting; the signature's
// timestamp stays the wall clock, which is what the receiver checks.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { emit } from "@/lib/events/emit";
import { deliverDueWebhooks, resumeEndpointDeliveries } from "@/lib/webhooks/deliver";
import { dispatchPendingEvents } from "@/lib/webhooks/dispatch";
import { redeliverEvent, redeliverWebhook } from "@/lib/webhooks/redeliver";
import { generateWebhookSecret } from "@/lib/webhooks/secret";
import type { Resolver } from "@/lib/webhooks/url-guard";
import { freshDatabase } from "./support/db";
import { connectionEvent, endpointRow, startReceiver } from "./support/webhook-delivery";

const secret = generateWebhookSecret();
const local = { allowPrivate: true, allowHttp: true };
const staff = { type: "staff", id: "s1", label: "ops@partner.example" } as const;
const DAY = 24 * 3600 * 1000;
let db: Db;
let rx: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  rx = await startReceiver([secret]);
});
afterAll(() => rx.stop());
beforeEach(async () => {
  db = await freshDatabase();
});

const deliver = (opts: { now?: Date; timeoutMs?: number; guard?: object } = {}) => deliverDueWebhooks({ guard: local, timeoutMs: 2000, ...opts });
const forEvent = async (id: string) => (await rx.received()).filter((r) => r.id === id);
const delivery = (eventId: string) => db.webhookDelivery.findFirstOrThrow({ where: { eventId } });

describe("dispatch", () => {
  it("fans an event out to every enabled, subscribed endpoint once, and marks it dispatched", async () => {
    const all = await endpointRow(`${rx.base}/ok`, secret);
    const onlyDisconnects = await endpointRow(`${rx.base}/ok`, secret, { events: ["connection.disconnected"] });
    const created = await endpointRow(`${rx.base}/ok`, secret, { events: ["connection.created", "connection.recovered"] });
    await endpointRow(`${rx.base}/ok`, secret, { disabledAt: new Date() });
    const ev = await connectionEvent("connection.created");
    // Registered after the event happened: it did not subscribe to the past.
    await endpointRow(`${rx.base}/ok`, secret, { createdAt: new Date(Date.now() + 1000) });
    const ping = await db.$transaction((tx) => emit(tx, "ping", {}));

    expect(await dispatchPendingEvents()).toEqual({ events: 2, deliveries: 2 });
    const rows = await db.webhookDelivery.findMany({ where: { eventId: ev.id } });
    expect(rows.map((r) => r.endpointId).sort()).toEqual([all.id, created.id].sort());
    expect(rows.every((r) => r.status === "pending" && r.attempts === 0)).toBe(true);
    expect(rows.map((r) => r.endpointId)).not.toContain(onlyDisconnects.id);
    expect(await db.webhookDelivery.count({ where: { eventId: ping.id } })).toBe(0);
    expect(await db.event.count({ where: { dispatchedAt: null } })).toBe(0);
    // A second run (or another process) finds nothing left to fan out.
    expect(await dispatchPendingEvents()).toEqual({ events: 0, deliveries: 0 });
    expect(await db.webhookDelivery.count()).toBe(2);
  });

  it("two dispatchers at once fan every event out exactly once between them", async () => {
    await endpointRow(`${rx.base}/ok`, secret);
    for (let i = 0; i < 120; i++) await connectionEvent();
    const [a, b] = await Promise.all([dispatchPendingEvents(), dispatchPendingEvents()]);
    expect(a.events + b.events).toBe(120);
    expect(a.deliveries + b.deliveries).toBe(120);
    expect(await db.webhookDelivery.count()).toBe(120);
    expect(await db.event.count({ where: { dispatchedAt: null } })).toBe(0);
  });

  it("a rolled-back state change leaves no event and so no delivery", async () => {
    await endpointRow(`${rx.base}/ok`, secret);
    const conn = { id: "c1", external_id: null, remote_company_id: "co", company_name: "Co", status: "connected", environment: "emulator" };
    await expect(
      db.$transaction(async (tx) => {
        await emit(tx, "connection.created", { connection: conn });
        throw new Error("the state change failed after emitting");
      }),
    ).rejects.toThrow(/state change failed/);
    expect(await dispatchPendingEvents()).toEqual({ events: 0, deliveries: 0 });
    expect(await deliver()).toMatchObject({ claimed: 0 });
    expect(await db.event.count()).toBe(0);
  });
});

describe("delivery", () => {
  it("delivers the signed payload with the event id as webhook-id and records the attempt", async () => {
    const ep = await endpointRow(`${rx.base}/ok`, secret);
    const ev = await connectionEvent();
    await dispatchPendingEvents();
    expect(await deliver()).toEqual({ claimed: 1, delivered: 1, retrying: 0, failed: 0, deferred: 0 });
    const [got] = await forEvent(ev.id);
    expect(got).toMatchObject({ path: "/ok", verified: true });
    const stored = await db.event.findUniqueOrThrow({ where: { id: ev.id } });
    expect(JSON.parse(got.body)).toEqual({ type: "connection.created", timestamp: stored.createdAt.toISOString(), data: JSON.parse(stored.data) });
    const d = await delivery(ev.id);
    expect(d).toMatchObject({ status: "succeeded", attempts: 1, lastStatusCode: 204, lastError: null, claimedBy: null, claimedUntil: null });
    expect(d.deliveredAt).not.toBeNull();
    expect(d.lastAttemptAt).not.toBeNull();
    expect(d.lastLatencyMs).toBeGreaterThanOrEqual(0);
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id: ep.id } })).lastSuccessAt).not.toBeNull();
    expect(await deliver()).toMatchObject({ claimed: 0 });
  });

  it("receiver answers 500 twice: retried on schedule, delivered on the third attempt with the same webhook-id", async () => {
    const ep = await endpointRow(`${rx.base}/fail-twice`, secret);
    const ev = await connectionEvent();
    await dispatchPendingEvents();
    const t0 = new Date();
    expect(await deliver({ now: t0 })).toMatchObject({ retrying: 1 });
    let d = await delivery(ev.id);
    expect(d).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: 500, lastError: "HTTP 500", responseExcerpt: "failure 1" });
    // First retry after 5 s ± 20 %: not before.
    expect(d.nextAttemptAt.getTime() - t0.getTime()).toBeGreaterThanOrEqual(4000);
    expect(d.nextAttemptAt.getTime() - t0.getTime()).toBeLessThanOrEqual(6000);
    expect(await deliver({ now: new Date(t0.getTime() + 3000) })).toMatchObject({ claimed: 0 });
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id: ep.id } })).failingSince).toEqual(t0);

    const t1 = new Date(d.nextAttemptAt.getTime() + 1);
    expect(await deliver({ now: t1 })).toMatchObject({ retrying: 1 });
    d = await delivery(ev.id);
    expect(d.attempts).toBe(2);
    // Second retry after 5 min ± 20 %.
    expect(d.nextAttemptAt.getTime() - t1.getTime()).toBeGreaterThanOrEqual(240_000);
    expect(d.nextAttemptAt.getTime() - t1.getTime()).toBeLessThanOrEqual(360_000);

    expect(await deliver({ now: new Date(d.nextAttemptAt.getTime() + 1) })).toMatchObject({ delivered: 1 });
    d = await delivery(ev.id);
    expect(d).toMatchObject({ status: "succeeded", attempts: 3, lastStatusCode: 204, lastError: null });
    const got = await forEvent(ev.id);
    expect(got.map((r) => r.verified)).toEqual([true, true, true]);
    expect(new Set(got.map((r) => r.id))).toEqual(new Set([ev.id]));
    expect(await db.webhookEndpoint.findUniqueOrThrow({ where: { id: ep.id } })).toMatchObject({ failingSince: null });
  });

  it("a slow receiver times out and the delivery is scheduled for a retry", async () => {
    await endpointRow(`${rx.base}/slow`, secret);
    const ev = await connectionEvent();
    await dispatchPendingEvents();
    const t0 = new Date();
    expect(await deliver({ now: t0, timeoutMs: 500 })).toMatchObject({ retrying: 1 });
    const d = await delivery(ev.id);
    expect(d).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: null, lastError: "timed out after 500 ms" });
    expect(d.lastLatencyMs).toBeGreaterThanOrEqual(450);
    expect(d.nextAttemptAt.getTime()).toBeGreaterThan(t0.getTime() + 3000);
  });

  it("a redirect is not followed and counts as a failure", async () => {
    await endpointRow(`${rx.base}/redirect`, secret);
    const ev = await connectionEvent();
    await dispatchPendingEvents();
    expect(await deliver()).toMatchObject({ retrying: 1 });
    expect(await delivery(ev.id)).toMatchObject({ status: "pending", lastStatusCode: 302, lastError: "redirect (302) not followed" });
    expect((await forEvent(ev.id)).map((r) => r.path)).toEqual(["/redirect"]);
  });

  it("a 4xx other than 408/409/429 ends the series", async () => {
    await endpointRow(`${rx.base}/gone`, secret);
    const ev = await connectionEvent();
    await dispatchPendingEvents();
    expect(await deliver()).toMatchObject({ failed: 1 });
    expect(await delivery(ev.id)).toMatchObject({ status: "failed", attempts: 1, lastStatusCode: 410, responseExcerpt: "endpoint removed" });
  });

  it("gives up when the retry schedule is exhausted", async () => {
    await endpointRow(`${rx.base}/fail`, secret);
    const ev = await connectionEvent();
    await dispatchPendingEvents();
    await db.webhookDelivery.updateMany({ data: { attempts: 12 } });
    expect(await deliver()).toMatchObject({ failed: 1 });
    expect(await delivery(ev.id)).toMatchObject({ status: "failed", attempts: 13, lastStatusCode: 500 });
  });

  it("refuses at delivery time a host whose DNS now points at a private address, without sending", async () => {
    // Created while hooks.partner.test resolved to a public address; now it answers 127.0.0.1.
    await endpointRow(`http://hooks.partner.test:${rx.port}/ok`, secret);
    const ev = await connectionEvent();
    await dispatchPendingEvents();
    const dnsNow: Resolver = async () => [{ address: "127.0.0.1", family: 4 }];
    expect(await deliver({ guard: { allowPrivate: false, allowHttp: true, resolve: dnsNow } })).toMatchObject({ failed: 1 });
    expect(await delivery(ev.id)).toMatchObject({ status: "failed", lastError: expect.stringMatching(/loopback address \(127\.0\.0\.1\)/) });
    expect(await forEvent(ev.id)).toEqual([]);
  });
});

describe("endpoint health", () => {
  it("an endpoint failing for more than 5 days is disabled once, audited, and its deliveries wait", async () => {
    const ep = await endpointRow(`${rx.base}/fail`, secret, { failingSince: new Date(Date.now() - 4 * DAY) });
    await connectionEvent();
    await dispatchPendingEvents();
    const t0 = new Date();
    expect(await deliver({ now: t0 })).toMatchObject({ retrying: 1 });
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id: ep.id } })).disabledAt).toBeNull();

    // A day later: the streak is now over 5 days.
    const later = new Date(t0.getTime() + DAY + 60_000);
    await connectionEvent();
    await dispatchPendingEvents({ now: later });
    // Both attempts run in parallel and fail; whichever records first disables the endpoint, once.
    expect(await deliver({ now: later })).toMatchObject({ claimed: 2, retrying: 2 });
    const row = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: ep.id } });
    expect(row.disabledAt).toEqual(later);
    expect(row.disabledReason).toMatch(/failed for more than 5 days.*HTTP 500/);
    const audits = await db.auditEvent.findMany({ where: { type: "webhook_endpoint.disabled" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorType: "system" });

    // Disabled: nothing is attempted, nothing new is fanned out, and the deliveries stay pending.
    const before = (await rx.received()).length;
    await connectionEvent();
    expect(await dispatchPendingEvents({ now: later })).toMatchObject({ deliveries: 0 });
    expect(await deliver({ now: new Date(later.getTime() + DAY) })).toMatchObject({ claimed: 2, deferred: 2 });
    expect((await rx.received()).length).toBe(before);
    expect(await db.webhookDelivery.count({ where: { status: "pending" } })).toBe(2);

    // Enabled again (endpoint service) and resumed: due at once.
    await db.webhookEndpoint.update({ where: { id: ep.id }, data: { disabledAt: null, disabledReason: null, failingSince: null, url: `${rx.base}/ok` } });
    expect(await resumeEndpointDeliveries(ep.id)).toBe(2);
    expect(await deliver()).toMatchObject({ delivered: 2 });
  });

  it("a delivery of a deleted endpoint disappears with it", async () => {
    const ep = await endpointRow(`${rx.base}/ok`, secret);
    await connectionEvent();
    await dispatchPendingEvents();
    await db.webhookEndpoint.delete({ where: { id: ep.id } });
    expect(await deliver()).toMatchObject({ claimed: 0 });
  });
});

describe("redelivery", () => {
  it("sends a delivered event again with the same webhook-id and a fresh series, audited", async () => {
    const ep = await endpointRow(`${rx.base}/ok`, secret);
    const ev = await connectionEvent();
    await dispatchPendingEvents();
    await deliver();
    const d = await delivery(ev.id);
    expect(await redeliverWebhook(d.id, staff)).toBe(true);
    expect(await delivery(ev.id)).toMatchObject({ status: "pending", attempts: 0, deliveredAt: null, claimedBy: null });
    expect(await deliver()).toMatchObject({ delivered: 1 });
    expect(await delivery(ev.id)).toMatchObject({ status: "succeeded", attempts: 1 });
    const got = await forEvent(ev.id);
    expect(got).toHaveLength(2);
    expect(got.every((r) => r.verified && r.id === ev.id)).toBe(true);
    const [audit] = await db.auditEvent.findMany({ where: { type: "webhook_delivery.redelivered" } });
    expect(audit).toMatchObject({ actorType: "staff", actorId: "s1" });
    expect(JSON.parse(audit.metadata!)).toMatchObject({ webhook_delivery_id: d.id, webhook_endpoint_id: ep.id, event_id: ev.id, previous_status: "succeeded" });
  });

  it("revives a failed delivery; unknown ids answer false", async () => {
    const ep = await endpointRow(`${rx.base}/gone`, secret);
    const ev = await connectionEvent();
    await dispatchPendingEvents();
    await deliver();
    expect(await delivery(ev.id)).toMatchObject({ status: "failed" });
    expect(await redeliverEvent(ev.id, ep.id, staff)).toBe(true);
    expect(await delivery(ev.id)).toMatchObject({ status: "pending", attempts: 0 });
    expect(await redeliverWebhook("nope", staff)).toBe(false);
    expect(await redeliverEvent(ev.id, "nope", staff)).toBe(false);
    expect(await db.auditEvent.count({ where: { type: "webhook_delivery.redelivered" } })).toBe(1);
  });
});
