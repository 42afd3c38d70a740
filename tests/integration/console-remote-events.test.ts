// The console's Remote events (issue #13): the read queries on real rows (forwarded status derived
// from the outbox and its deliveries, paging, filters). The actions: console-remote-events-actions.test.ts.
import { beforeEach, describe, expect, it } from "vitest";
import type { DeliveryCounts, ForwardedState } from "@/lib/console/remote-events";
import type { Db } from "@/lib/db";
import { freshDatabase } from "./support/db";


const { createWebhookEndpoint } = await import("@/lib/webhooks/endpoints");
const q = await import("@/lib/console/remote-events");

const PUBLIC = "https://93.184.216.34/hooks/remote-events";
const SYSTEM = { type: "system" } as const;
const SEALED = "v1.t1.sealed-signing-key-must-never-show";

let db: Db;
let acme: string;
let globex: string;
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
