// Relaying Remote's webhooks (issue #13), receiving: Remote's signed deliveries from the real emulator
// reach our route over HTTP; they are verified, deduplicated, stored and forwarded through the outbox
// to a partner endpoint process that verifies our Standard Webhooks signature; replay fills gaps.
import { createHmac, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listRoute } from "@/app/api/v1/connections/[id]/remote-events/route";
import { POST as replayRoute } from "@/app/api/v1/connections/[id]/remote-events/replay/route";
import { createApiKey } from "@/lib/api-keys/service";
import { eventPayload } from "@/lib/events/emit";
import { requestReplay } from "@/lib/remote-events/contract";
import { receiveRemoteWebhook } from "@/lib/remote-events/receive";
import { pruneRemoteEvents } from "@/lib/remote-events/retention";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver";
import { dispatchPendingEvents } from "@/lib/webhooks/dispatch";
import { generateWebhookSecret } from "@/lib/webhooks/secret";
import { control } from "./support/emulator";
import { ACME, GLOBEX } from "./support/consent";
import { emitAtRemote, RELAY_STAFF, relaySuite, remoteDeliveries, signingKeyOf, subscriptionOf, until } from "./support/remote-relay";
import { endpointRow, startReceiver } from "./support/webhook-delivery";

const suite = relaySuite();
const { audits, remoteEventRows, forwarded, subscribed, postSigned } = suite;
const secret = generateWebhookSecret();
let rx: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  rx = await startReceiver([secret]);
});
afterAll(() => rx.stop());

describe("receiving and forwarding", () => {
  it("a valid delivery is stored once and forwarded to the partner's endpoint, signed the Standard Webhooks way", async () => {
    const connectionId = await subscribed();
    const endpoint = await endpointRow(`${rx.base}/ok`, secret, { events: ["remote.employment.onboarding.completed"] });
    const { event } = await emitAtRemote(ACME.id, "employment.onboarding.completed", { employment_id: "emp-1" });
    expect(suite.relay.served.map((s) => s.status)).toEqual([200]);

    const [stored, ...more] = await remoteEventRows();
    expect(more).toEqual([]);
    expect(stored).toMatchObject({ connectionId, eventType: "employment.onboarding.completed", body: event.body });
    expect(stored.bodyDigest).toMatch(/^[0-9a-f]{64}$/);
    const [out] = await forwarded();
    expect(stored.eventId).toBe(out.id);
    const conn = await suite.db.connection.findUniqueOrThrow({ where: { id: connectionId } });
    expect(eventPayload(out)).toEqual({
      type: "remote.employment.onboarding.completed",
      timestamp: out.createdAt.toISOString(),
      data: {
        connection: { id: connectionId, external_id: conn.externalId, remote_company_id: ACME.id, company_name: ACME.name },
        remote_event: JSON.parse(event.body),
        received_at: stored.receivedAt.toISOString(),
      },
    });

    // connection.created and the relayed event: the endpoint's filter takes only the latter.
    expect(await dispatchPendingEvents()).toEqual({ events: 2, deliveries: 1 });
    await deliverDueWebhooks({ guard: { allowPrivate: true, allowHttp: true }, timeoutMs: 2000 });
    const received = (await rx.received()).filter((r) => r.id === out.id);
    expect(received).toHaveLength(1);
    expect(received[0].verified).toBe(true);
    expect(JSON.parse(received[0].body)).toMatchObject({ type: "remote.employment.onboarding.completed", data: { remote_event: { employment_id: "emp-1", company_id: ACME.id } } });
    expect(await suite.db.webhookDelivery.findMany({ where: { endpointId: endpoint.id } })).toMatchObject([{ status: "succeeded" }]);
  });

  it("the same body delivered three times (Remote's retries and replays) is stored and forwarded once", async () => {
    const connectionId = await subscribed();
    const t0 = new Date(Date.now() - 60_000);
    await emitAtRemote(ACME.id, "payslip.released", { payslip_id: "p-1" });
    for (let i = 0; i < 2; i++) await requestReplay(connectionId, { after: t0, before: new Date(Date.now() + 60_000) }, RELAY_STAFF);
    await until("3 answered deliveries", async () => suite.relay.served.length, (n) => n >= 3);
    expect(suite.relay.served.map((s) => s.status)).toEqual([200, 200, 200]);
    expect(await remoteEventRows()).toHaveLength(1);
    expect(await forwarded()).toHaveLength(1);
  });

  it("the same body arriving 20 times at once is stored and forwarded once, every copy answered 2xx", async () => {
    const connectionId = await subscribed();
    const { id } = await subscriptionOf(connectionId);
    const key = await signingKeyOf(connectionId);
    const body = JSON.stringify({ event_type: "timeoff.requested", company_id: ACME.id, timeoff_id: "t-1" });
    // Signed up front, so the copies race through the checks and into their transactions together.
    const requests = Array.from({ length: 20 }, () => {
      const ts = String(Date.now());
      const headers = { "x-remote-timestamp": ts, "x-remote-signature": createHmac("sha256", key).update(`${body}:${ts}`).digest("hex") };
      return new Request(`${suite.relay.base}/api/remote/webhooks/${id}`, { method: "POST", headers, body });
    });
    const answers = await Promise.all(requests.map((r) => receiveRemoteWebhook(id, r)));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    const dup = await Promise.all(answers.map(async (a) => ((await a.json()) as { duplicate: boolean }).duplicate));
    expect(dup.filter((d) => !d)).toHaveLength(1);
    expect(await remoteEventRows()).toHaveLength(1);
    expect(await forwarded()).toHaveLength(1);
  });

  it("bad signature, stale or future timestamp, foreign company, unknown callback: 401; oversized: 413; nothing stored or forwarded", async () => {
    const connectionId = await subscribed();
    // Remote's side misbehaving, through the emulator's delivery faults.
    await control("POST", "/faults", { target: "webhook_delivery", mode: "bad_signature", times: 1 });
    await emitAtRemote(ACME.id, "payslip.released", { payslip_id: "p-1" });
    await control("POST", "/faults", { target: "webhook_delivery", mode: "stale_timestamp", times: 1 });
    await emitAtRemote(ACME.id, "payslip.released", { payslip_id: "p-2" });
    expect(suite.relay.served.map((s) => s.status)).toEqual([401, 401]);

    const body = (companyId: string, extra = "") => JSON.stringify({ event_type: "payslip.released", company_id: companyId, payslip_id: `p-3${extra}` });
    // Signed with this callback's own key, but naming another company.
    expect((await postSigned(connectionId, body(GLOBEX.id))).status).toBe(401);
    expect((await postSigned(connectionId, body(ACME.id), { ts: Date.now() + 2 * 60_000 })).status).toBe(401);
    expect((await postSigned(connectionId, body(ACME.id), { key: "not-the-key" })).status).toBe(401);
    const big = JSON.stringify({ event_type: "payslip.released", company_id: ACME.id, pad: "x".repeat(256 * 1024) });
    expect((await postSigned(connectionId, big)).status).toBe(413);
    const unknown = await fetch(`${suite.relay.base}/api/remote/webhooks/rcb_${randomBytes(24).toString("base64url")}`, { method: "POST", body: body(ACME.id) });
    expect(unknown.status).toBe(401);
    expect(await remoteEventRows()).toEqual([]);
    expect(await forwarded()).toEqual([]);

    // The same request, correctly signed, is accepted: the refusals above were the checks, not the setup.
    expect((await postSigned(connectionId, body(ACME.id))).status).toBe(200);
    expect(await remoteEventRows()).toHaveLength(1);
  });

  it("a body without Content-Length stops being read past 256 KB", async () => {
    const connectionId = await subscribed();
    const { id } = await subscriptionOf(connectionId);
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled += chunk.byteLength;
        if (pulled > 10 * 1024 * 1024) c.close();
        else c.enqueue(chunk);
      },
    });
    const req = new Request(`${suite.relay.base}/api/remote/webhooks/${id}`, { method: "POST", body: stream, duplex: "half" } as RequestInit);
    expect((await receiveRemoteWebhook(id, req)).status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(256 * 1024 + 3 * chunk.byteLength);
    expect(await remoteEventRows()).toEqual([]);
  });
});

describe("retention", () => {
  it("repeats are dropped for 7 days; after that the same body is a new event; after 90 days the row goes", async () => {
    const connectionId = await subscribed();
    const body = JSON.stringify({ event_type: "payslip.released", company_id: ACME.id, payslip_id: "p-1" });
    expect((await postSigned(connectionId, body)).status).toBe(200);
    expect(await (await postSigned(connectionId, body)).json()).toEqual({ received: true, duplicate: true });
    const DAY = 24 * 3600_000;
    await suite.db.remoteEvent.updateMany({ data: { receivedAt: new Date(Date.now() - 6 * DAY) } });
    expect(await pruneRemoteEvents()).toEqual({ digestsCleared: 0, deleted: 0 });
    expect(await (await postSigned(connectionId, body)).json()).toEqual({ received: true, duplicate: true });

    await suite.db.remoteEvent.updateMany({ data: { receivedAt: new Date(Date.now() - 8 * DAY) } });
    expect(await pruneRemoteEvents()).toEqual({ digestsCleared: 1, deleted: 0 });
    expect(await (await postSigned(connectionId, body)).json()).toEqual({ received: true, duplicate: false });
    expect(await forwarded()).toHaveLength(2);

    await suite.db.remoteEvent.updateMany({ where: { bodyDigest: null }, data: { receivedAt: new Date(Date.now() - 91 * DAY) } });
    expect(await pruneRemoteEvents()).toEqual({ digestsCleared: 0, deleted: 1 });
    expect(await remoteEventRows()).toHaveLength(1);
  });
});

describe("replay", () => {
  it("a replayed window forwards only what was missing; the partner API asks for it and validates the window", async () => {
    const connectionId = await subscribed();
    const t0 = new Date(Date.now() - 60_000);
    await emitAtRemote(ACME.id, "payslip.released", { payslip_id: "p-1" });
    // The second one never reaches us (Remote gives up after its retries).
    await control("POST", "/faults", { target: "webhook_delivery", mode: "error", times: 1 });
    await emitAtRemote(ACME.id, "employment.onboarding.completed", { employment_id: "emp-2" });
    expect(await remoteEventRows()).toHaveLength(1);

    const { key } = await createApiKey({ name: "ci", actor: { type: "system" } });
    const call = (body: unknown, id = connectionId) =>
      replayRoute(new Request(`http://localhost:3999/api/v1/connections/${id}/remote-events/replay`, { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify(body) }), {
        params: Promise.resolve({ id }),
      });
    const bad = await call({ after: new Date().toISOString(), before: t0.toISOString() });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: "invalid_request", message: "after must be earlier than before." } });
    expect((await call({ after: t0.toISOString(), before: new Date().toISOString() }, "nope")).status).toBe(404);

    const ok = await call({ after: t0.toISOString(), before: new Date(Date.now() + 60_000).toISOString() });
    expect(ok.status).toBe(202);
    expect(await ok.json()).toEqual({ requested: true });
    await until("2 replayed deliveries answered", async () => (await remoteDeliveries()).filter((d) => d.kind === "replay" && d.status !== null).length, (n) => n >= 2);
    const rows = await remoteEventRows();
    expect(rows.map((r) => r.eventType).sort()).toEqual(["employment.onboarding.completed", "payslip.released"]);
    expect((await forwarded()).map((e) => e.type).sort()).toEqual(["remote.employment.onboarding.completed", "remote.payslip.released"]);
    expect(await audits("remote_events.replay_requested")).toHaveLength(1);

    // The partner can read what was received, newest first, as Remote sent it.
    const list = await listRoute(new Request(`http://localhost:3999/api/v1/connections/${connectionId}/remote-events?page_size=1`, { headers: { authorization: `Bearer ${key}` } }), {
      params: Promise.resolve({ id: connectionId }),
    });
    const page = (await list.json()) as { data: { event_type: string; remote_event: Record<string, unknown>; event_id: string }[]; pagination: { total_count: number } };
    expect(page.pagination.total_count).toBe(2);
    expect(page.data).toHaveLength(1);
    expect(page.data[0].remote_event).toMatchObject({ company_id: ACME.id, event_type: page.data[0].event_type });
    expect(rows.map((r) => r.eventId)).toContain(page.data[0].event_id);
  });
});
