// Secret rotation, test pings and disabling (issue #10), driven through the partner API and checked on
// real HTTP deliveries by the delivery engine, verified with the standardwebhooks library in a receiver process.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/v1/webhook-endpoints/route";
import { GET as getRoute } from "@/app/api/v1/webhook-endpoints/[id]/route";
import { POST as rotateRoute } from "@/app/api/v1/webhook-endpoints/[id]/rotate-secret/route";
import { POST as testRoute } from "@/app/api/v1/webhook-endpoints/[id]/test/route";
import { createApiKey } from "@/lib/api-keys/service";
import type { Db } from "@/lib/db";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver";
import { dispatchPendingEvents } from "@/lib/webhooks/dispatch";
import { PREVIOUS_SECRET_OVERLAP_MS, signingSecrets } from "@/lib/webhooks/endpoint-secrets";
import { rotateWebhookSecret, sendWebhookTest, setWebhookEndpointDisabled } from "@/lib/webhooks/endpoints";
import { freshDatabase } from "./support/db";
import { failInserts } from "./support/db-faults";
import { partnerCall, startRotationReceiver, withSettings } from "./support/partner-calls";

let db: Db;
let call: ReturnType<typeof partnerCall>;
let receiver: Awaited<ReturnType<typeof startRotationReceiver>>;
const staff = { type: "staff", id: "s1", label: "ops@partner.example" } as const;
const local = { allowPrivate: true, allowHttp: true };

beforeAll(async () => {
  receiver = await startRotationReceiver();
});
afterAll(() => receiver.stop());
beforeEach(async () => {
  db = await freshDatabase();
  call = partnerCall((await createApiKey({ name: "ci", actor: { type: "system" } })).key);
  await receiver.log();
});

/** The receiver runs on 127.0.0.1: creating an endpoint for it needs the private-URL setting. */
async function createEndpoint(path = "") {
  const res = await withSettings({ WEBHOOK_ALLOW_PRIVATE_URLS: "true" }, async () => call(createRoute, { method: "POST", body: { url: receiver.url + path } }));
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; secret: string };
}

/**
 * Runs the delivery engine as its job would at time `now` (which drives the secret overlap), to the
 * receiver process holding `secrets`; returns what it received, with one verified flag per secret.
 */
async function deliverAt(now: Date, secrets: string[]) {
  await receiver.holdSecrets(secrets);
  expect(await dispatchPendingEvents({ now })).toEqual({ events: 0, deliveries: 0 }); // pings are never fanned out
  expect(await deliverDueWebhooks({ now, guard: local, timeoutMs: 2000 })).toMatchObject({ claimed: 1, delivered: 1 });
  return receiver.log();
}

describe("secret rotation", () => {
  it("signs with the old and the new secret for 24 hours, then with the new one only", async () => {
    const { id, secret: oldSecret } = await createEndpoint();
    const before = Date.now();
    const res = await call(rotateRoute, { method: "POST", params: { id } });
    expect(res.status).toBe(200);
    const rotated = await res.json();
    expect(Object.keys(rotated).sort()).toEqual(["previous_secret_expires_at", "secret"]);
    const newSecret: string = rotated.secret;
    expect(newSecret).toMatch(/^whsec_/);
    expect(newSecret).not.toBe(oldSecret);
    const expires = new Date(rotated.previous_secret_expires_at).getTime();
    expect(expires - before).toBeGreaterThanOrEqual(PREVIOUS_SECRET_OVERLAP_MS);
    expect(expires - Date.now()).toBeLessThanOrEqual(PREVIOUS_SECRET_OVERLAP_MS);

    const shown = JSON.stringify([await (await call(getRoute, { params: { id } })).json(), await db.webhookEndpoint.findMany(), await db.auditEvent.findMany()]);
    expect(shown).toContain(rotated.previous_secret_expires_at);
    for (const s of [oldSecret, newSecret]) expect(shown).not.toContain(s.slice(6));

    await call(testRoute, { method: "POST", params: { id } });
    const during = await deliverAt(new Date(expires - 1000), [oldSecret, newSecret]);
    expect(during).toEqual([expect.objectContaining({ verified: [true, true] })]);

    await call(testRoute, { method: "POST", params: { id } });
    const after = await deliverAt(new Date(expires + 1000), [oldSecret, newSecret]);
    expect(after).toEqual([expect.objectContaining({ verified: [false, true] })]);
  });

  it("two rotations at once both succeed, one after the other: both new secrets sign", async () => {
    const { id, secret: first } = await createEndpoint();
    const [a, b] = await Promise.all([rotateWebhookSecret(id, staff), rotateWebhookSecret(id, staff)]);
    const row = await db.webhookEndpoint.findUniqueOrThrow({ where: { id } });
    expect(new Set(signingSecrets(row))).toEqual(new Set([a!.secret, b!.secret]));
    expect(signingSecrets(row)).not.toContain(first);
    expect(await db.auditEvent.count({ where: { type: "webhook_endpoint.secret_rotated" } })).toBe(2);
  });

  it("keeps the old secret when the rotation's audit event cannot be written", async () => {
    const { id, secret } = await createEndpoint();
    const restore = await failInserts(db, "AuditEvent", "webhook_endpoint.secret_rotated");
    try {
      expect((await call(rotateRoute, { method: "POST", params: { id } })).status).toBe(500);
    } finally {
      await restore();
    }
    const row = await db.webhookEndpoint.findUniqueOrThrow({ where: { id } });
    expect(signingSecrets(row)).toEqual([secret]);
    expect(row.previousSecretExpiresAt).toBeNull();
  });
});

describe("test ping", () => {
  it("creates one dispatched ping event with exactly one delivery, to that endpoint only", async () => {
    const target = await createEndpoint("/a");
    const other = await createEndpoint("/b");
    const res = await call(testRoute, { method: "POST", params: { id: target.id } });
    expect(res.status).toBe(202);
    const { event_id } = await res.json();
    const events = await db.event.findMany();
    expect(events).toEqual([expect.objectContaining({ id: event_id, type: "ping", connectionId: null, data: "{}" })]);
    expect(events[0].dispatchedAt).not.toBeNull();
    const deliveries = await db.webhookDelivery.findMany();
    expect(deliveries).toEqual([expect.objectContaining({ eventId: event_id, endpointId: target.id, status: "pending", attempts: 0 })]);
    expect(deliveries[0].nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(await db.auditEvent.count({ where: { type: "webhook_endpoint.tested" } })).toBe(1);

    const [got, ...more] = await deliverAt(new Date(), [target.secret, other.secret]);
    expect(more).toEqual([]);
    expect(got).toMatchObject({ path: "/hook/a", id: event_id, verified: [true, false] });
    expect(JSON.parse(got.body)).toMatchObject({ type: "ping", data: {} });
  });

  it("leaves nothing behind when its audit event cannot be written, and refuses a disabled endpoint", async () => {
    const { id } = await createEndpoint();
    const restore = await failInserts(db, "AuditEvent", "webhook_endpoint.tested");
    try {
      await expect(sendWebhookTest(id, staff)).rejects.toThrow();
    } finally {
      await restore();
    }
    await setWebhookEndpointDisabled(id, true, staff);
    const res = await call(testRoute, { method: "POST", params: { id } });
    expect(res.status).toBe(409);
    expect((await res.json()).error).toMatchObject({ code: "endpoint_disabled", message: "This endpoint is disabled; enable it before sending a test." });
    expect(await db.event.count()).toBe(0);
    expect(await db.webhookDelivery.count()).toBe(0);
  });
});

describe("disable and enable", () => {
  it("audits each change once; enabling clears the failure streak and makes waiting deliveries due", async () => {
    const { id } = await createEndpoint();
    const { eventId } = (await sendWebhookTest(id, staff))!;
    const off = await setWebhookEndpointDisabled(id, true, staff);
    expect(off).toMatchObject({ id, disabledReason: "Disabled by ops@partner.example" });
    expect(off!.disabledAt).toBeInstanceOf(Date);
    expect((await setWebhookEndpointDisabled(id, true, staff))!.disabledAt).toEqual(off!.disabledAt);
    // As the delivery job does with a disabled endpoint's deliveries: held back, failing streak kept.
    const later = new Date(Date.now() + 300_000);
    await db.webhookDelivery.updateMany({ where: { eventId }, data: { nextAttemptAt: later } });
    await db.webhookEndpoint.update({ where: { id }, data: { failingSince: new Date(Date.now() - 3600_000) } });

    const on = await setWebhookEndpointDisabled(id, false, staff);
    expect(on).toMatchObject({ disabledAt: null, disabledReason: null, failingSince: null });
    expect((await db.webhookDelivery.findFirstOrThrow({ where: { eventId } })).nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(await setWebhookEndpointDisabled(id, false, staff)).toMatchObject({ disabledAt: null });
    const audit = await db.auditEvent.findMany({ where: { type: { in: ["webhook_endpoint.disabled", "webhook_endpoint.enabled"] } }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.type)).toEqual(["webhook_endpoint.disabled", "webhook_endpoint.enabled"]);
    expect(await setWebhookEndpointDisabled("missing", true, staff)).toBeNull();
  });
});
