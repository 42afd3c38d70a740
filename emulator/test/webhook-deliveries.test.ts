import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SEED_IDS, companyTokens, json, useEmulator } from "./helpers";
import { expectedSignature, startReceiver, type Receiver } from "./webhook-receiver";

const h = useEmulator();
let rx: Receiver;
beforeEach(async () => {
  rx = await startReceiver();
  // Short retries so the schedule plays out within a test.
  await h.control("POST", "/config", { webhook_retry_schedule_ms: [50, 50] });
});
afterEach(() => rx.close());

async function subscribe(companyId: string, body: Record<string, unknown>, url = rx.url) {
  const { access_token } = await companyTokens(h, companyId);
  const res = await h.call("/v1/webhook-callbacks", { method: "POST", bearer: access_token, json: { url, ...body } });
  return { token: access_token, cb: (await json(res)).data.webhook_callback as { id: string; signing_key: string } };
}

const emit = async (companyId: string, body: Record<string, unknown>, wait = true) =>
  json(await h.control("POST", `/companies/${companyId}/events${wait ? "?wait=1" : ""}`, body));
const deliveries = async (q = "") => json(await h.control("GET", `/webhook-deliveries${q}`));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("deliveries", () => {
  it("POSTs the flat body signed as hex HMAC-SHA256(key, body:ts), verifiable with node:crypto", async () => {
    const { cb } = await subscribe(SEED_IDS.acme, { subscribed_events: ["employment.onboarding.completed"] });
    const before = Date.now();
    const out = await emit(SEED_IDS.acme, { event_type: "employment.onboarding.completed", employment_id: "emp-1" });
    expect(out.callbacks).toBe(1);
    const [got] = await rx.waitFor(1);
    expect(got.body).toBe(JSON.stringify({ event_type: "employment.onboarding.completed", company_id: SEED_IDS.acme, employment_id: "emp-1" }));
    expect(got.contentType).toBe("application/json");
    expect(got.timestamp).toMatch(/^\d{13}$/);
    expect(Number(got.timestamp)).toBeGreaterThanOrEqual(before);
    expect(Number(got.timestamp)).toBeLessThanOrEqual(Date.now());
    expect(got.signature).toMatch(/^[0-9a-f]{64}$/);
    expect(got.signature).toBe(expectedSignature(cb.signing_key, got));
    // No event id in what the partner receives.
    expect(JSON.stringify(JSON.parse(got.body))).not.toContain(out.event.id);
  });

  it("goes only to callbacks of that company that want the event type", async () => {
    const other = await startReceiver();
    try {
      await subscribe(SEED_IDS.acme, { subscribed_events: ["payslip.released"] });
      await subscribe(SEED_IDS.acme, { subscribe_to_all_events: true }, `${rx.url}?all`);
      await subscribe(SEED_IDS.globex, { subscribe_to_all_events: true }, other.url);
      const out = await emit(SEED_IDS.acme, { event_type: "employment.onboarding.completed", employment_id: "emp-2" });
      expect(out.callbacks).toBe(1);
      await rx.waitFor(1);
      await sleep(100);
      expect(rx.received).toHaveLength(1);
      expect(other.received).toHaveLength(0);
      expect((await emit(SEED_IDS.northwind, { event_type: "company.activated" })).callbacks).toBe(0);
    } finally {
      await other.close();
    }
  });

  it("retries a non-2xx with the same body and a fresh timestamp and signature, then counts it delivered", async () => {
    const { cb } = await subscribe(SEED_IDS.acme, { subscribe_to_all_events: true });
    rx.answer(500, 503);
    const out = await emit(SEED_IDS.acme, { event_type: "payslip.released", employment_id: "e", payslip_id: "p" });
    const got = await rx.waitFor(3);
    expect(new Set(got.map((g) => g.body)).size).toBe(1);
    expect(new Set(got.map((g) => g.signature)).size).toBe(3);
    for (const g of got) expect(g.signature).toBe(expectedSignature(cb.signing_key, g));
    await sleep(50);
    const log = await deliveries(`?event_id=${out.event.id}`);
    expect(log.map((d: { attempt: number; kind: string; status: number }) => [d.attempt, d.kind, d.status]))
      .toEqual([[1, "emit", 500], [2, "retry", 503], [3, "retry", 200]]);
    const events = await json(await h.control("GET", "/webhook-events"));
    expect(events[0].successfully_delivered).toBe(true);
  });

  it("gives up after the schedule (1 + retries attempts) and leaves the event undelivered", async () => {
    await subscribe(SEED_IDS.acme, { subscribe_to_all_events: true });
    rx.answer(500, 500, 500, 500);
    await emit(SEED_IDS.acme, { event_type: "company.activated" });
    await rx.waitFor(3);
    await sleep(300);
    expect(rx.received).toHaveLength(3);
    expect((await json(await h.control("GET", "/webhook-events")))[0].successfully_delivered).toBe(false);
  });

  it("retries a network error (nobody listening) and records it without a status", async () => {
    const dead = await startReceiver();
    const deadUrl = dead.url;
    await dead.close();
    await subscribe(SEED_IDS.acme, { subscribe_to_all_events: true }, deadUrl);
    await emit(SEED_IDS.acme, { event_type: "company.activated" });
    const until = Date.now() + 5000;
    while ((await deliveries()).length < 3 && Date.now() < until) await sleep(20);
    await sleep(200);
    const log = await deliveries();
    expect(log).toHaveLength(3);
    expect(log.every((d: { status: number | null; error: string | null }) => d.status === null && d.error)).toBe(true);
  });

  it("stops retrying once the callback is deleted", async () => {
    const { cb, token } = await subscribe(SEED_IDS.acme, { subscribe_to_all_events: true });
    await h.control("POST", "/config", { webhook_retry_schedule_ms: [1000] });
    rx.answer(500);
    await emit(SEED_IDS.acme, { event_type: "company.activated" });
    await h.call(`/v1/webhook-callbacks/${cb.id}`, { method: "DELETE", bearer: token });
    await sleep(1300);
    expect(rx.received).toHaveLength(1);
  });

  it("a reset forgets deliveries that were about to be sent", async () => {
    await subscribe(SEED_IDS.acme, { subscribe_to_all_events: true });
    await h.control("POST", "/faults", { target: "webhook_delivery", mode: "latency", latency_ms: 300, times: 1 });
    await emit(SEED_IDS.acme, { event_type: "company.activated" }, false);
    await h.control("POST", "/reset");
    await sleep(600);
    expect(rx.received).toHaveLength(0);
    expect(await deliveries()).toEqual([]);
  });

  it("answers the emit call before slow deliveries finish (without ?wait)", async () => {
    await subscribe(SEED_IDS.acme, { subscribe_to_all_events: true });
    await h.control("POST", "/faults", { target: "webhook_delivery", mode: "latency", latency_ms: 2000, times: 1 });
    const started = Date.now();
    const out = await emit(SEED_IDS.acme, { event_type: "company.activated" }, false);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(out.event.successfully_delivered).toBe(false);
    await rx.waitFor(1);
  });

  it("rejects unknown event types (400) and unknown companies (404) at the control call", async () => {
    expect((await h.control("POST", `/companies/${SEED_IDS.acme}/events`, { event_type: "company.exploded" })).status).toBe(400);
    expect((await h.control("POST", `/companies/${SEED_IDS.acme}/events`, { event_type: "company.activated", company_id: SEED_IDS.globex })).status).toBe(400);
    expect((await h.control("POST", "/companies/nope/events", { event_type: "company.activated" })).status).toBe(404);
  });
});

describe("delivery faults", () => {
  it("bad_signature corrupts the signature of the next delivery only", async () => {
    const { cb } = await subscribe(SEED_IDS.acme, { subscribe_to_all_events: true });
    await h.control("POST", "/faults", { target: "webhook_delivery", mode: "bad_signature", times: 1 });
    await emit(SEED_IDS.acme, { event_type: "company.activated" });
    await emit(SEED_IDS.acme, { event_type: "company.archived" });
    const [first, second] = await rx.waitFor(2);
    expect(first.signature).toMatch(/^[0-9a-f]{64}$/);
    expect(first.signature).not.toBe(expectedSignature(cb.signing_key, first));
    expect(second.signature).toBe(expectedSignature(cb.signing_key, second));
  });

  it("stale_timestamp signs correctly over a timestamp ten minutes old", async () => {
    const { cb } = await subscribe(SEED_IDS.acme, { subscribe_to_all_events: true });
    await h.control("POST", "/faults", { target: "webhook_delivery", mode: "stale_timestamp", times: 1 });
    await emit(SEED_IDS.acme, { event_type: "company.activated" });
    const [got] = await rx.waitFor(1);
    expect(Date.now() - Number(got.timestamp)).toBeGreaterThan(9 * 60_000);
    expect(got.signature).toBe(expectedSignature(cb.signing_key, got));
  });

  it("error drops a delivery attempt (nothing sent) and the retry delivers it", async () => {
    await subscribe(SEED_IDS.acme, { subscribe_to_all_events: true });
    await h.control("POST", "/faults", { target: "webhook_delivery", mode: "error", times: 1 });
    await emit(SEED_IDS.acme, { event_type: "company.activated" });
    await rx.waitFor(1);
    const log = await deliveries();
    expect(log.map((d: { status: number | null; error: string | null }) => [d.status, d.error])).toEqual([[null, "not sent (fault error)"], [200, null]]);
  });

  it("a '*' gateway outage does not stop deliveries", async () => {
    await subscribe(SEED_IDS.acme, { subscribe_to_all_events: true });
    await h.control("POST", "/faults", { target: "*", mode: "error", times: 1 });
    await emit(SEED_IDS.acme, { event_type: "company.activated" });
    await rx.waitFor(1);
    expect((await json(await h.control("GET", "/faults")))).toHaveLength(1);
  });
});
