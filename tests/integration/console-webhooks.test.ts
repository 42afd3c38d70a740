// The console's Webhooks page (issue #10): server actions check the caller inside themselves, the
// signing secret leaves the server once (in the create/rotate reply), and the read queries' shape.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/auth/action-result";
import type { Db } from "@/lib/db";
import { freshDatabase } from "./support/db";

const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { NOT_SIGNED_IN, VIEWER_CANNOT_ACT } = await import("@/lib/auth/guards");
const actions = await import("@/app/console/webhooks/actions");
const { createWebhookEndpoint } = await import("@/lib/webhooks/endpoints");
const { signingSecrets } = await import("@/lib/webhooks/endpoint-secrets");
const { getConsoleWebhookEndpoint, listConsoleWebhookDeliveries, listConsoleWebhookEndpoints } = await import("@/lib/console/webhooks");

// A public address written as a literal: creation checks it without DNS, and nothing is sent to it here.
const PUBLIC = "https://93.184.216.34/hooks/console";
const SYSTEM = { type: "system" } as const;

let db: Db;
let endpointId: string;
let deliveryId: string;
let viewerId: string;
let adminId: string;

async function addDelivery(over: Partial<{ type: string; status: string; attempts: number; createdAt: Date; lastStatusCode: number; lastLatencyMs: number; responseExcerpt: string; lastAttemptAt: Date; deliveredAt: Date }> = {}) {
  const createdAt = over.createdAt ?? new Date();
  const eventId = `evt_${createdAt.getTime().toString(16)}${Math.random().toString(16).slice(2, 12)}`;
  await db.event.create({ data: { id: eventId, type: over.type ?? "connection.created", data: "{}", createdAt, dispatchedAt: createdAt } });
  const { type: _t, createdAt: _c, ...rest } = over;
  void _t;
  void _c;
  const row = await db.webhookDelivery.create({ data: { eventId, endpointId, nextAttemptAt: new Date(createdAt.getTime() + 60_000), createdAt, ...rest } });
  return { eventId, id: row.id };
}

beforeEach(async () => {
  db = await freshDatabase();
  endpointId = (await createWebhookEndpoint({ url: PUBLIC, description: "seeded" }, SYSTEM)).endpoint.id;
  deliveryId = (await addDelivery()).id;
  viewerId = (await db.staffUser.create({ data: { email: "viewer@partner.example", role: "viewer" } })).id;
  adminId = (await db.staffUser.create({ data: { email: "admin@partner.example", role: "admin" } })).id;
  session.current = null;
});

const adminActions = (): [string, () => Promise<ActionResult<unknown>>][] => [
  ["create", () => actions.createWebhookEndpointAction({ url: "https://93.184.216.34/other", events: [] })],
  ["rotate", () => actions.rotateWebhookSecretAction({ endpointId })],
  ["disable", () => actions.setWebhookEndpointDisabledAction({ endpointId, disabled: true })],
  ["test", () => actions.sendWebhookTestAction({ endpointId })],
  ["redeliver", () => actions.redeliverWebhookAction({ deliveryId })],
  ["delete", () => actions.deleteWebhookEndpointAction({ endpointId })],
];

async function snapshot() {
  return {
    endpoints: await db.webhookEndpoint.findMany({ orderBy: { id: "asc" } }),
    deliveries: await db.webhookDelivery.findMany({ orderBy: { id: "asc" } }),
    events: await db.event.count(),
    audit: await db.auditEvent.count(),
  };
}

describe("console webhook actions", () => {
  it("refuse a viewer and an ended session with a plain message, and change nothing", async () => {
    const before = await snapshot();
    for (const [who, user, message] of [["viewer", viewerId, VIEWER_CANNOT_ACT], ["nobody", null, NOT_SIGNED_IN]] as const) {
      session.current = user ? { user: { id: user } } : null;
      for (const [name, run] of adminActions()) expect(await run(), `${who} ${name}`).toEqual({ ok: false, error: message });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("create: the secret is in the action's reply once; never in the console's queries or the database in clear", async () => {
    session.current = { user: { id: adminId } };
    const r = await actions.createWebhookEndpointAction({ url: "https://93.184.216.34/new", description: "  CRM  ", events: ["connection.disconnected", "connection.created"] });
    expect(r).toMatchObject({ ok: true, message: expect.stringContaining("shown only once"), data: { endpointId: expect.any(String), secret: expect.stringMatching(/^whsec_/) } });
    if (!r.ok || !r.data) throw new Error("unreachable");
    const { secret, endpointId: id } = r.data;

    const list = await listConsoleWebhookEndpoints();
    const one = await getConsoleWebhookEndpoint(id);
    expect([...(one?.events ?? [])].sort()).toEqual(["connection.created", "connection.disconnected"]);
    expect(one).toMatchObject({ url: "https://93.184.216.34/new", description: "CRM", health: "active", pending: 0, failed: 0, createdBy: "admin@partner.example" });
    expect(list.map((e) => e.id)).toEqual([id, endpointId]);
    const row = await db.webhookEndpoint.findUniqueOrThrow({ where: { id } });
    const shown = JSON.stringify([list, one, await listConsoleWebhookDeliveries(id), row, await db.auditEvent.findMany()]);
    expect(shown).not.toContain(secret.slice("whsec_".length));
    expect(JSON.stringify([list, one])).not.toContain(row.secretEnc);
    expect(signingSecrets(row)).toEqual([secret]);

    // No box ticked means every event.
    const all = await actions.createWebhookEndpointAction({ url: "https://93.184.216.34/all", events: [] });
    expect((await getConsoleWebhookEndpoint((all as { data: { endpointId: string } }).data.endpointId))?.events).toBeNull();
  });

  it("create: a URL or event the service refuses comes back as its plain sentence, and nothing is stored", async () => {
    session.current = { user: { id: adminId } };
    const before = await snapshot();
    expect(await actions.createWebhookEndpointAction({ url: "https://10.1.2.3/x", events: [] })).toEqual({ ok: false, error: expect.stringMatching(/^The URL .*private/) });
    expect(await actions.createWebhookEndpointAction({ url: "not a url", events: [] })).toEqual({ ok: false, error: expect.stringMatching(/URL/) });
    expect(await actions.createWebhookEndpointAction({ url: PUBLIC, events: ["connection.exploded"] })).toEqual({ ok: false, error: expect.stringContaining('"connection.exploded"') });
    expect(await actions.createWebhookEndpointAction({ url: 42 })).toEqual({ ok: false, error: expect.any(String) });
    expect(await actions.rotateWebhookSecretAction({ endpointId: "../x" })).toEqual({ ok: false, error: "Unknown endpoint." });
    expect(await actions.rotateWebhookSecretAction({ endpointId: "no-such-endpoint" })).toEqual({ ok: false, error: "This endpoint does not exist any more." });
    expect(await snapshot()).toEqual(before);
  });

  it("rotate, disable, enable, test and delete work for an admin and show in the health the console reads", async () => {
    session.current = { user: { id: adminId } };
    const rotated = await actions.rotateWebhookSecretAction({ endpointId });
    expect(rotated).toMatchObject({ ok: true, message: expect.stringContaining("both secrets"), data: { secret: expect.stringMatching(/^whsec_/), previousSecretExpiresAt: expect.stringMatching(/UTC$/) } });
    expect((await getConsoleWebhookEndpoint(endpointId))?.previousSecretExpiresAt?.getTime()).toBeGreaterThan(Date.now() + 23 * 3600_000);

    expect(await actions.setWebhookEndpointDisabledAction({ endpointId, disabled: true })).toMatchObject({ ok: true });
    expect(await getConsoleWebhookEndpoint(endpointId)).toMatchObject({ health: "disabled", disabledReason: "Disabled by admin@partner.example" });
    // A disabled endpoint gets no test event: the service's sentence is shown.
    expect(await actions.sendWebhookTestAction({ endpointId })).toEqual({ ok: false, error: expect.stringMatching(/disabled/) });
    await db.webhookEndpoint.update({ where: { id: endpointId }, data: { failingSince: new Date() } });
    expect(await actions.setWebhookEndpointDisabledAction({ endpointId, disabled: false })).toMatchObject({ ok: true });
    expect(await getConsoleWebhookEndpoint(endpointId)).toMatchObject({ health: "active", disabledAt: null, failingSince: null });

    const test = await actions.sendWebhookTestAction({ endpointId });
    expect(test).toMatchObject({ ok: true, data: { eventId: expect.stringMatching(/^evt_/) } });
    const latest = (await listConsoleWebhookDeliveries(endpointId)).rows[0];
    expect(latest).toMatchObject({ eventType: "ping", eventId: (test as { data: { eventId: string } }).data.eventId, status: "pending", attempts: 0 });
    expect(await getConsoleWebhookEndpoint(endpointId)).toMatchObject({ pending: 2, failed: 0 });

    expect(await actions.deleteWebhookEndpointAction({ endpointId })).toMatchObject({ ok: true });
    expect(await getConsoleWebhookEndpoint(endpointId)).toBeNull();
    expect(await db.webhookDelivery.count()).toBe(0);
    expect(await actions.deleteWebhookEndpointAction({ endpointId })).toEqual({ ok: false, error: "This endpoint does not exist any more." });
    const types = (await db.auditEvent.findMany({ orderBy: { createdAt: "asc" } })).map((a) => a.type);
    expect(types).toEqual(expect.arrayContaining(["webhook_endpoint.secret_rotated", "webhook_endpoint.disabled", "webhook_endpoint.enabled", "webhook_endpoint.tested", "webhook_endpoint.deleted"]));
  });
});

describe("console redeliver", () => {
  it("queues the same event again for an admin: pending, due now, same event id, audited", async () => {
    session.current = { user: { id: adminId } };
    const done = await addDelivery({ status: "succeeded", attempts: 1, lastStatusCode: 204, deliveredAt: new Date(), lastAttemptAt: new Date() });
    const r = await actions.redeliverWebhookAction({ deliveryId: done.id });
    expect(r).toMatchObject({ ok: true, message: expect.stringContaining("same webhook-id") });
    const row = (await listConsoleWebhookDeliveries(endpointId)).rows.find((x) => x.id === done.id);
    expect(row).toMatchObject({ eventId: done.eventId, status: "pending", attempts: 0, deliveredAt: null });
    expect(row!.nextAttemptAt!.getTime()).toBeLessThanOrEqual(Date.now());
    expect(await db.auditEvent.count({ where: { type: "webhook_delivery.redelivered" } })).toBe(1);
    expect(await actions.redeliverWebhookAction({ deliveryId: "no-such-delivery" })).toEqual({ ok: false, error: "This delivery does not exist any more." });
    expect(await actions.redeliverWebhookAction({ deliveryId: "a b" })).toEqual({ ok: false, error: "Unknown delivery." });
  });
});

describe("console deliveries query", () => {
  it("has what the table shows: event type and id, attempts, last status and latency, next retry only while pending, excerpt ≤ 1 KB", async () => {
    const t0 = Date.now() - 3600_000;
    const done = await addDelivery({ status: "succeeded", attempts: 2, createdAt: new Date(t0 + 1000), lastStatusCode: 204, lastLatencyMs: 87, lastAttemptAt: new Date(t0 + 2000), deliveredAt: new Date(t0 + 2000), responseExcerpt: "é" + "x".repeat(5000) });
    await addDelivery({ status: "failed", attempts: 1, createdAt: new Date(t0 + 500), lastStatusCode: 410, lastLatencyMs: 12, responseExcerpt: "gone" });
    const page = await listConsoleWebhookDeliveries(endpointId);
    expect(page).toMatchObject({ total: 3, page: 1, pageCount: 1 });
    // Newest first: the seeded (now) one, then the delivered, then the failed one.
    expect(page.rows.map((r) => r.status)).toEqual(["pending", "succeeded", "failed"]);
    expect(page.rows[0]).toMatchObject({ id: deliveryId, eventType: "connection.created", attempts: 0, lastStatusCode: null, nextAttemptAt: expect.any(Date) });
    const row = page.rows[1];
    expect(Object.keys(row).sort()).toEqual(["attempts", "createdAt", "deliveredAt", "eventId", "eventType", "id", "lastAttemptAt", "lastError", "lastLatencyMs", "lastStatusCode", "nextAttemptAt", "responseExcerpt", "status"]);
    expect(row).toMatchObject({ id: done.id, eventId: done.eventId, eventType: "connection.created", attempts: 2, lastStatusCode: 204, lastLatencyMs: 87, nextAttemptAt: null });
    expect(row.responseExcerpt!.length).toBe(1024);
    expect(page.rows[2]).toMatchObject({ status: "failed", lastStatusCode: 410, responseExcerpt: "gone", nextAttemptAt: null });
    expect(await getConsoleWebhookEndpoint(endpointId)).toMatchObject({ pending: 1, failed: 1 });

    expect((await listConsoleWebhookDeliveries(endpointId, { status: "failed" })).rows.map((r) => r.status)).toEqual(["failed"]);
    // An unknown filter value is ignored rather than matching nothing.
    expect((await listConsoleWebhookDeliveries(endpointId, { status: "nonsense" })).total).toBe(3);
  });

  it("pages through many deliveries, 25 a page, and only this endpoint's", async () => {
    const other = (await createWebhookEndpoint({ url: "https://93.184.216.34/other" }, SYSTEM)).endpoint.id;
    for (let i = 0; i < 29; i++) await addDelivery({ createdAt: new Date(Date.now() - (i + 1) * 60_000) });
    const foreign = await db.event.create({ data: { id: "evt_foreign", type: "ping", data: "{}" } });
    await db.webhookDelivery.create({ data: { eventId: foreign.id, endpointId: other, nextAttemptAt: new Date() } });

    const p1 = await listConsoleWebhookDeliveries(endpointId);
    const p2 = await listConsoleWebhookDeliveries(endpointId, { page: 2 });
    expect([p1.total, p1.pageCount, p1.rows.length, p2.rows.length]).toEqual([30, 2, 25, 5]);
    const all = [...p1.rows, ...p2.rows];
    expect(new Set(all.map((r) => r.id)).size).toBe(30);
    expect(all.map((r) => r.eventId)).not.toContain("evt_foreign");
    const times = all.map((r) => r.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});
