import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SEED_IDS, companyTokens, json, partnerToken, useEmulator } from "./helpers";
import { expectedSignature, startReceiver, type Receiver } from "./webhook-receiver";

const h = useEmulator();
let rx: Receiver;
beforeEach(async () => {
  rx = await startReceiver();
});
afterEach(() => rx.close());

const emit = async (companyId: string, body: Record<string, unknown>) =>
  (await json(await h.control("POST", `/companies/${companyId}/events?wait=1`, body))).event as { id: string; first_triggered_at: string; body: string };
const list = async (token: string, q = "") => h.call(`/v1/webhook-events${q}`, { bearer: token });

describe("GET /v1/webhook-events", () => {
  it("lists the token's company's events, newest first, with filters and pages", async () => {
    const acme = await companyTokens(h);
    const globex = await companyTokens(h, SEED_IDS.globex);
    const a1 = await emit(SEED_IDS.acme, { event_type: "company.activated" });
    h.emulator.clock.advance(1000);
    const a2 = await emit(SEED_IDS.acme, { event_type: "employment.onboarding.completed", employment_id: "e1" });
    h.emulator.clock.advance(1000);
    const a3 = await emit(SEED_IDS.acme, { event_type: "employment.onboarding.completed", employment_id: "e2" });
    const g1 = await emit(SEED_IDS.globex, { event_type: "company.activated" });

    const res = await list(acme.access_token);
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.data).toMatchObject({ current_page: 1, total_count: 3, total_pages: 1 });
    expect(body.data.webhook_events.map((e: { id: string }) => e.id)).toEqual([a3.id, a2.id, a1.id]);
    expect(body.data.webhook_events[0]).toEqual({
      id: a3.id, company_id: SEED_IDS.acme, event_type: "employment.onboarding.completed",
      first_triggered_at: a3.first_triggered_at, last_triggered_at: expect.any(String), successfully_delivered: false,
    });
    const ids = async (q: string) => (await json(await list(acme.access_token, q))).data.webhook_events.map((e: { id: string }) => e.id);
    expect(await ids("?order=asc")).toEqual([a1.id, a2.id, a3.id]);
    expect(await ids("?event_type=company.activated")).toEqual([a1.id]);
    expect(await ids(`?after=${encodeURIComponent(a2.first_triggered_at)}&order=asc`)).toEqual([a2.id, a3.id]);
    expect(await ids(`?before=${encodeURIComponent(a2.first_triggered_at)}`)).toEqual([a2.id, a1.id]);
    expect(await ids("?successfully_delivered=true")).toEqual([]);
    const page2 = await json(await list(acme.access_token, "?page=2&page_size=2&order=asc&sort_by=first_triggered_at"));
    expect(page2.data).toMatchObject({ current_page: 2, total_count: 3, total_pages: 2 });
    expect(page2.data.webhook_events.map((e: { id: string }) => e.id)).toEqual([a3.id]);

    expect((await json(await list(globex.access_token))).data.webhook_events.map((e: { id: string }) => e.id)).toEqual([g1.id]);
    expect((await list(acme.access_token, `?company_id=${SEED_IDS.globex}`)).status).toBe(404);
  });

  it("shows a partner token the events of companies that authorized the client only", async () => {
    await companyTokens(h);
    const a = await emit(SEED_IDS.acme, { event_type: "company.activated" });
    await emit(SEED_IDS.northwind, { event_type: "company.activated" });
    const body = await json(await list(await partnerToken(h)));
    expect(body.data.webhook_events.map((e: { id: string }) => e.id)).toEqual([a.id]);
  });

  it("refuses bad parameters with 422 and needs a token", async () => {
    const { access_token: t } = await companyTokens(h);
    for (const q of ["?page=0", "?page_size=101", "?order=up", "?sort_by=id", "?after=yesterday", "?event_type=nope", "?successfully_delivered=maybe"]) {
      expect((await list(t, q)).status, q).toBe(422);
    }
    expect((await h.call("/v1/webhook-events")).status).toBe(401);
  });
});

describe("POST /v1/webhook-events/replay", () => {
  async function subscribed() {
    const t = await companyTokens(h);
    const cb = (await json(await h.call("/v1/webhook-callbacks", {
      method: "POST", bearer: t.access_token, json: { url: rx.url, subscribe_to_all_events: true },
    }))).data.webhook_callback;
    return { token: t.access_token, key: cb.signing_key as string };
  }

  it("re-sends events by id with their original body and a fresh signature", async () => {
    const { token, key } = await subscribed();
    const e = await emit(SEED_IDS.acme, { event_type: "payslip.released", employment_id: "e", payslip_id: "p" });
    await rx.waitFor(1);
    await new Promise((r) => setTimeout(r, 5));
    const res = await h.call("/v1/webhook-events/replay", { method: "POST", bearer: token, json: { ids: [e.id] } });
    expect(res.status).toBe(200);
    expect((await json(res)).data.webhook_events.map((x: { id: string }) => x.id)).toEqual([e.id]);
    const [first, again] = await rx.waitFor(2);
    expect(again.body).toBe(first.body);
    expect(again.body).toBe(e.body);
    expect(again.timestamp).not.toBe(first.timestamp);
    expect(again.signature).toBe(expectedSignature(key, again));
    const log = await json(await h.control("GET", `/webhook-deliveries?event_id=${e.id}`));
    expect(log.map((d: { kind: string }) => d.kind)).toEqual(["emit", "replay"]);
  });

  it("replays a window filtered by event type; events before subscribing reach the new callback", async () => {
    const t0 = new Date(h.emulator.clock.now() - 1000).toISOString();
    const early = await emit(SEED_IDS.acme, { event_type: "employment.onboarding.completed", employment_id: "early" });
    await emit(SEED_IDS.acme, { event_type: "company.activated" });
    const { token } = await subscribed();
    h.emulator.clock.advance(60_000);
    await emit(SEED_IDS.acme, { event_type: "employment.onboarding.completed", employment_id: "late" });
    await rx.waitFor(1);
    const t1 = new Date(h.emulator.clock.now() - 30_000).toISOString();
    const res = await h.call("/v1/webhook-events/replay", {
      method: "POST", bearer: token, json: { after: t0, before: t1, event_type: "employment.onboarding.completed" },
    });
    expect(res.status).toBe(200);
    expect((await json(res)).data.webhook_events.map((x: { id: string }) => x.id)).toEqual([early.id]);
    const got = await rx.waitFor(2);
    expect(JSON.parse(got[1].body).employment_id).toBe("early");
    await new Promise((r) => setTimeout(r, 100));
    expect(rx.received).toHaveLength(2);
  });

  it("refuses other companies' events (404) and incomplete windows (422)", async () => {
    const { token } = await subscribed();
    const g = await emit(SEED_IDS.globex, { event_type: "company.activated" });
    const foreign = await h.call("/v1/webhook-events/replay", { method: "POST", bearer: token, json: { ids: [g.id] } });
    expect([foreign.status, await json(foreign)]).toEqual([404, { message: "Webhook event not found" }]);
    const partial = await h.call("/v1/webhook-events/replay", { method: "POST", bearer: token, json: { after: new Date().toISOString() } });
    expect(partial.status).toBe(422);
    expect(Object.keys((await json(partial)).errors)).toEqual(["before"]);
    const mixed = await h.call("/v1/webhook-events/replay", { method: "POST", bearer: token, json: { ids: [g.id], after: "2026-01-01T00:00:00Z" } });
    expect(mixed.status).toBe(422);
    await new Promise((r) => setTimeout(r, 50));
    expect(rx.received).toHaveLength(0);
  });
});
