// The console's Remote events (issue #13): the read queries on real rows (forwarded status derived
// from the outbox and its deliveries, paging, filters) and the actions' checks of who is calling.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/auth/action-result";
import type { DeliveryCounts, ForwardedState } from "@/lib/console/remote-events";
import type { Db } from "@/lib/db";
import { freshDatabase } from "./support/db";
import { ACME, connect } from "./support/consent";
import { control, resetEmulator } from "./support/emulator";

const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { NOT_SIGNED_IN, VIEWER_CANNOT_ACT } = await import("@/lib/auth/guards");
const actions = await import("@/app/console/remote-events/actions");
const { createWebhookEndpoint } = await import("@/lib/webhooks/endpoints");
const q = await import("@/lib/console/remote-events");
const { getRelayedEvents } = await import("@/lib/remote-events/contract");

const PUBLIC = "https://93.184.216.34/hooks/remote-events";
const SYSTEM = { type: "system" } as const;
const SEALED = "v1.t1.sealed-signing-key-must-never-show";

let db: Db;
let acme: string;
let globex: string;
let adminId: string;
let viewerId: string;
let seq = 0;

async function addConnection(name: string, opts: { subscribed?: boolean; status?: string } = {}) {
  const c = await db.connection.create({ data: { environment: "emulator", remoteCompanyId: `co-${name}`, companyName: name, status: opts.status ?? "connected" } });
  if (opts.subscribed !== false) {
    await db.remoteSubscription.create({ data: { id: `cb_${c.id}`, connectionId: c.id, state: "active", signingKeyEnc: SEALED, remoteCallbackId: `rc-${name}`, appliedEvents: "all" } });
  }
  return c.id;
}

type Forwarding = { outbox?: "none" | "gone" | "queued" | "dispatched"; deliveries?: ("succeeded" | "pending" | "failed")[] };

/** A received Remote event, with its outbox event and deliveries as asked. */
async function addRemoteEvent(connectionId: string, eventType: string, receivedAt: Date, f: Forwarding = { outbox: "dispatched" }) {
  seq += 1;
  const outbox = f.outbox ?? "dispatched";
  const eventId = outbox === "none" ? null : `evt_${seq.toString().padStart(6, "0")}`;
  if (eventId && outbox !== "gone") {
    await db.event.create({ data: { id: eventId, type: `remote.${eventType}`, connectionId, data: "{}", createdAt: receivedAt, dispatchedAt: outbox === "dispatched" ? receivedAt : null } });
    for (const [i, status] of (f.deliveries ?? []).entries()) {
      const endpointId = (await createWebhookEndpoint({ url: `${PUBLIC}/${seq}-${i}` }, SYSTEM)).endpoint.id;
      await db.webhookDelivery.create({ data: { eventId, endpointId, status, nextAttemptAt: receivedAt } });
    }
  }
  const body = JSON.stringify({ event_type: eventType, company_id: `co-${connectionId}`, employment_id: `emp-${seq}` });
  return db.remoteEvent.create({ data: { subscriptionId: `cb_${connectionId}`, connectionId, eventType, bodyDigest: `d${seq}`, body, receivedAt, eventId } });
}

beforeEach(async () => {
  db = await freshDatabase();
  acme = await addConnection("Acme Robotics GmbH");
  globex = await addConnection("Globex Corporation");
  adminId = (await db.staffUser.create({ data: { email: "admin@partner.example", role: "admin" } })).id;
  viewerId = (await db.staffUser.create({ data: { email: "viewer@partner.example", role: "viewer" } })).id;
  session.current = null;
});

describe("Remote events list", () => {
  it("derives each event's forwarded status from its outbox event and deliveries", async () => {
    const t = Date.parse("2026-11-20T10:00:00Z");
    const cases: [string, Forwarding, ForwardedState, DeliveryCounts][] = [
      ["company.activated", { outbox: "none" }, "not_queued", { succeeded: 0, pending: 0, failed: 0 }],
      ["company.archived", { outbox: "gone" }, "gone", { succeeded: 0, pending: 0, failed: 0 }],
      ["company.owner_changed", { outbox: "queued" }, "queued", { succeeded: 0, pending: 0, failed: 0 }],
      ["company.manager_created", { outbox: "dispatched", deliveries: [] }, "no_endpoint", { succeeded: 0, pending: 0, failed: 0 }],
      ["company.manager_deleted", { outbox: "dispatched", deliveries: ["succeeded", "failed", "pending"] }, "failed", { succeeded: 1, pending: 1, failed: 1 }],
      ["company.manager_updated", { outbox: "dispatched", deliveries: ["succeeded", "pending"] }, "pending", { succeeded: 1, pending: 1, failed: 0 }],
      ["employment.onboarding.completed", { outbox: "dispatched", deliveries: ["succeeded", "succeeded"] }, "delivered", { succeeded: 2, pending: 0, failed: 0 }],
    ];
    for (const [i, [type, f]] of cases.entries()) await addRemoteEvent(acme, type, new Date(t + i * 1000), f);

    const list = await q.listRemoteEvents();
    expect(list.total).toBe(cases.length);
    const byType = new Map(list.rows.map((r) => [r.eventType, r]));
    for (const [type, , state, counts] of cases) {
      expect(byType.get(type), type).toMatchObject({ forwarded: state, deliveries: counts, connection: { id: acme, companyName: "Acme Robotics GmbH" } });
    }
    expect(byType.get("employment.onboarding.completed")?.body).toContain('"employment_id"');
    // The subscription's sealed key is never part of what the console reads.
    expect(JSON.stringify([list, await q.connectionSubscription(acme)])).not.toContain(SEALED);
  });

  it("pages newest first and filters by event type and company", async () => {
    const t = Date.parse("2026-11-21T00:00:00Z");
    for (let i = 0; i < 30; i++) await addRemoteEvent(i % 3 === 0 ? globex : acme, i % 2 ? "payslip.released" : "employment.onboarding.completed", new Date(t + i * 60_000));

    const first = await q.listRemoteEvents({ pageSize: 25 });
    expect(first).toMatchObject({ total: 30, page: 1, pageCount: 2, pageSize: 25 });
    expect(first.rows).toHaveLength(25);
    expect(first.rows[0].receivedAt.getTime()).toBe(t + 29 * 60_000);
    const times = first.rows.map((r) => r.receivedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const second = await q.listRemoteEvents({ pageSize: 25, page: 2 });
    expect(second.rows).toHaveLength(5);
    expect(second.rows.at(-1)?.receivedAt.getTime()).toBe(t);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(30);

    const globexOnly = await q.listRemoteEvents({ connectionId: globex });
    expect(globexOnly.total).toBe(10);
    expect(globexOnly.rows.every((r) => r.connection.id === globex && r.connection.companyName === "Globex Corporation")).toBe(true);
    const payslips = await q.listRemoteEvents({ eventType: "payslip.released" });
    expect(payslips.total).toBe(15);
    expect(payslips.rows.every((r) => r.eventType === "payslip.released")).toBe(true);
    const both = await q.listRemoteEvents({ connectionId: acme, eventType: "payslip.released" });
    expect(both.total).toBe(10); // odd i and i % 3 != 0: 15 odd, 5 of them multiples of 3
    expect(both.rows.every((r) => r.connection.id === acme && r.eventType === "payslip.released")).toBe(true);
    // A type that is not Remote's is ignored rather than matched literally.
    expect((await q.listRemoteEvents({ eventType: "not.a.type" })).eventType).toBeUndefined();
  });

  it("offers as companies only connections with a subscription, by name; shows a subscription's failure", async () => {
    await addConnection("Zeta Unsubscribed", { subscribed: false });
    expect(await q.remoteEventConnectionOptions()).toEqual([
      { value: acme, label: "Acme Robotics GmbH" },
      { value: globex, label: "Globex Corporation" },
    ]);
    await db.remoteSubscription.update({ where: { connectionId: globex }, data: { state: "failed", lastError: "Remote answered 422: url is invalid", lastErrorAt: new Date(), appliedEvents: "payslip.released,timeoff.requested" } });
    expect(await q.connectionSubscription(globex)).toMatchObject({ state: "failed", lastError: "Remote answered 422: url is invalid", appliedEvents: ["payslip.released", "timeoff.requested"] });
    expect(await q.connectionSubscription(acme)).toMatchObject({ state: "active", appliedEvents: "all" });
    expect((await q.connectionSubscription("no-such-connection")).state).toBe("none");
  });
});

describe("Remote events actions", () => {
  const all = (): [string, () => Promise<ActionResult<unknown>>][] => [
    ["resubscribe", () => actions.resubscribeAction({ connectionId: acme })],
    ["replay", () => actions.replayAction({ connectionId: acme, after: "2026-11-01T00:00", before: "2026-11-02T00:00" })],
    ["save", () => actions.saveRelayedEventsAction({ mode: "all" })],
  ];

  async function snapshot() {
    return {
      subscriptions: await db.remoteSubscription.findMany({ orderBy: { id: "asc" } }),
      settings: await db.appSetting.findMany({ orderBy: { key: "asc" } }),
      events: await db.event.count(),
      audit: await db.auditEvent.count(),
    };
  }

  it("refuse a viewer and an ended session with a plain message, and change nothing", async () => {
    const before = await snapshot();
    for (const [who, user, message] of [["viewer", viewerId, VIEWER_CANNOT_ACT], ["nobody", null, NOT_SIGNED_IN]] as const) {
      session.current = user ? { user: { id: user } } : null;
      for (const [name, run] of all()) expect(await run(), `${who} ${name}`).toEqual({ ok: false, error: message });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("refuse unknown event types, bad windows and unknown connections with a clear message, and change nothing", async () => {
    session.current = { user: { id: adminId } };
    const before = await snapshot();
    const refused: [unknown, RegExp][] = [
      [actions.saveRelayedEventsAction({ mode: "list", events: ["payslip.released", "payslip.exploded"] }), /"payslip\.exploded" is not a Remote event type/],
      [actions.saveRelayedEventsAction({ mode: "list", events: [] }), /at least one event type/],
      [actions.saveRelayedEventsAction({ mode: "some" }), /off, all event types, or a list/],
      [actions.replayAction({ connectionId: acme, after: "2026-11-02T00:00", before: "2026-11-01T00:00" }), /must end after it starts/],
      [actions.replayAction({ connectionId: acme, after: "2026-10-01T00:00", before: "2026-11-15T00:00" }), /at most 30 days/],
      [actions.replayAction({ connectionId: acme, after: "3026-10-01T00:00", before: "3026-10-02T00:00" }), /starts in the future/],
      [actions.replayAction({ connectionId: acme, after: "yesterday", before: "2026-11-01T00:00" }), /not a date and time/],
      [actions.replayAction({ connectionId: acme, after: "2026-11-01T00:00", before: "2026-11-02T00:00", eventType: "payslip.exploded" }), /Choose the event type from the list/],
      [actions.replayAction({ connectionId: "no-such-connection", after: "2026-11-01T00:00", before: "2026-11-02T00:00" }), /no longer exists/],
      [actions.resubscribeAction({ connectionId: "no-such-connection" }), /no longer exists/],
      [actions.resubscribeAction({ connectionId: "../x" }), /^Unknown connection\.$/],
    ];
    for (const [p, message] of refused) expect(await p).toEqual({ ok: false, error: expect.stringMatching(message) });
    expect(await snapshot()).toEqual(before);
  });

  it("refuse re-subscribe and replay while relaying is off, and for a disconnected company", async () => {
    session.current = { user: { id: adminId } };
    const before = await snapshot();
    expect(await actions.resubscribeAction({ connectionId: acme })).toEqual({ ok: false, error: expect.stringMatching(/Relaying of Remote events is off/) });
    expect(await actions.replayAction({ connectionId: acme, after: "2026-11-01T00:00", before: "2026-11-02T00:00" })).toEqual({ ok: false, error: expect.stringMatching(/is off/) });
    const gone = await addConnection("Initech", { status: "disconnected" });
    expect(await actions.resubscribeAction({ connectionId: gone })).toEqual({ ok: false, error: expect.stringMatching(/^Initech is disconnected/) });
    expect((await snapshot()).audit).toBe(before.audit);
  });

  it("save the relayed set for an admin: in force, audited, its source shown, and every connected company queued", async () => {
    expect(await q.relayedEventsSettings()).toMatchObject({ value: [], source: "env", envValue: [], savedBy: null });
    session.current = { user: { id: adminId } };
    const r = await actions.saveRelayedEventsAction({ mode: "list", events: ["payslip.released", "employment.onboarding.completed", "payslip.released"] });
    expect(r).toEqual({ ok: true, message: expect.stringMatching(/^Saved: 2 Remote event types are relayed\./) });
    expect(await getRelayedEvents()).toEqual(expect.arrayContaining(["payslip.released", "employment.onboarding.completed"]));
    expect((await getRelayedEvents()).length).toBe(2);
    const settings = await q.relayedEventsSettings();
    expect(settings).toMatchObject({ source: "settings", envValue: [], savedBy: "admin@partner.example" });
    expect(settings.savedAt).toBeInstanceOf(Date);
    // Acme and Globex were subscribed with "all": both are now due for an update.
    expect(settings.progress).toMatchObject({ total: 2, inSync: 0 });
    expect(await db.auditEvent.findFirst({ where: { type: "settings.remote_webhook_events_updated" } })).toMatchObject({ actorLabel: "admin@partner.example" });

    expect(await actions.saveRelayedEventsAction({ mode: "all" })).toMatchObject({ ok: true, message: expect.stringContaining("every Remote event type") });
    expect(await getRelayedEvents()).toBe("all");
    expect(await actions.saveRelayedEventsAction({ mode: "off" })).toMatchObject({ ok: true, message: expect.stringContaining("relaying is off") });
    expect(await getRelayedEvents()).toEqual([]);
    expect(await q.relayedEventsSettings()).toMatchObject({ value: [], source: "settings" });
    expect(await db.auditEvent.count({ where: { type: "settings.remote_webhook_events_updated" } })).toBe(3);
  });

  it("re-subscribe queues the company's subscription again, audited under the admin's name", async () => {
    session.current = { user: { id: adminId } };
    await actions.saveRelayedEventsAction({ mode: "all" });
    await db.remoteSubscription.update({ where: { connectionId: acme }, data: { state: "failed", lastError: "Remote answered 503", nextAttemptAt: null } });
    const r = await actions.resubscribeAction({ connectionId: acme });
    expect(r).toEqual({ ok: true, message: expect.stringMatching(/^Re-subscription of Acme Robotics GmbH queued/) });
    const row = await db.remoteSubscription.findUniqueOrThrow({ where: { connectionId: acme } });
    expect(row.nextAttemptAt).not.toBeNull();
    expect(await db.auditEvent.findFirst({ where: { type: "remote_subscription.resubscribed", connectionId: acme } })).toMatchObject({ actorLabel: "admin@partner.example" });
  });

  it("replay asks Remote (the emulator) for the window with the company's token, audited; the relay's refusal comes back as its sentence", async () => {
    await resetEmulator();
    const connectionId = (await connect(ACME.id)).connectionId;
    session.current = { user: { id: adminId } };
    await actions.saveRelayedEventsAction({ mode: "all" });
    // Not subscribed at Remote yet: the relay refuses, in words.
    await db.remoteSubscription.upsert({ where: { connectionId }, create: { id: "cb_replay", connectionId, state: "pending" }, update: { state: "pending", remoteCallbackId: null } });
    const refused = await actions.replayAction({ connectionId, after: "2026-11-01T00:00", before: "2026-11-02T00:00" });
    expect(refused).toEqual({ ok: false, error: expect.stringContaining("not subscribed to Remote's webhooks") });

    await db.remoteSubscription.update({ where: { connectionId }, data: { state: "active", remoteCallbackId: "rc-replay" } });
    await control("DELETE", "/requests");
    // The form's times are UTC whatever the server's zone.
    const tz = process.env.TZ;
    process.env.TZ = "Asia/Kolkata";
    const r = await actions.replayAction({ connectionId, after: "2026-11-01T00:00", before: "2026-11-02T12:30", eventType: "payslip.released" }).finally(() => {
      process.env.TZ = tz;
    });
    expect(r).toEqual({ ok: true, message: expect.stringContaining("payslip.released events from 01 Nov 2026, 00:00 UTC to 02 Nov 2026, 12:30 UTC") });
    const calls = await control<{ method: string; path: string }[]>("GET", "/requests");
    expect(calls.filter((c) => c.method === "POST" && c.path === "/v1/webhook-events/replay")).toHaveLength(1);
    expect(await db.auditEvent.findFirst({ where: { type: "remote_events.replay_requested", connectionId } })).toMatchObject({
      actorLabel: "admin@partner.example",
      metadata: expect.stringMatching(/2026-11-01T00:00:00\.000Z.*2026-11-02T12:30:00\.000Z.*payslip\.released/),
    });
  });
});
