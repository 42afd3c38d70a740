// Received Remote events for the console specs: two companies with subscriptions (one failing),
// 30 events in final forwarding states (nothing left for the app's workers to pick up), written
// straight into the e2e database and removed afterwards. SQLite and PostgreSQL.
import { iso, open } from "./console-demo-data";

const P = "relaycon_";
export const REMOTE_DEMO = {
  active: { id: `${P}conn_a`, name: "Juniper Payroll Ltd" },
  failing: { id: `${P}conn_b`, name: "Willow Clinics BV" },
  failure: "Remote answered 422: the callback URL is not reachable from Remote.",
};

export async function seedRemoteEvents(now = new Date()): Promise<void> {
  const db = await open();
  try {
    const t = iso(now);
    for (const [i, c] of [REMOTE_DEMO.active, REMOTE_DEMO.failing].entries()) {
      await db.run(
        `INSERT INTO "Connection" ("id", "environment", "remoteCompanyId", "companyName", "status", "source", "connectedAt", "createdAt", "updatedAt", "tokenVersion", "consecutiveFailures")
         VALUES (?, 'emulator', ?, ?, 'connected', 'consent', ?, ?, ?, 0, 0) ON CONFLICT ("id") DO NOTHING`,
        [c.id, `7d1e0c4a-0000-4000-8000-00000000000${i}`, c.name, t, t, t],
      );
      const failed = c === REMOTE_DEMO.failing;
      await db.run(
        `INSERT INTO "RemoteSubscription" ("id", "connectionId", "state", "appliedEvents", "attempts", "lastError", "lastErrorAt", "activatedAt", "createdAt", "updatedAt")
         VALUES (?, ?, ?, 'all', ?, ?, ?, ?, ?, ?) ON CONFLICT ("id") DO NOTHING`,
        [`${P}sub_${i}`, c.id, failed ? "failed" : "active", failed ? 3 : 0, failed ? REMOTE_DEMO.failure : null, failed ? t : null, failed ? null : t, t, t],
      );
    }
    // Disabled, so no worker ever tries to deliver to it.
    await db.run(
      `INSERT INTO "WebhookEndpoint" ("id", "url", "secretEnc", "disabledAt", "disabledReason", "createdAt", "updatedAt") VALUES (?, 'https://crm.partner.example/hooks', 'not-a-secret', ?, 'demo', ?, ?) ON CONFLICT ("id") DO NOTHING`,
      [`${P}endpoint`, t, t, t],
    );
    const types = ["employment.onboarding.completed", "payslip.released", "timeoff.requested", "company.activated"];
    for (let i = 0; i < 30; i++) {
      const at = iso(new Date(now.getTime() - (30 - i) * 3_600_000));
      const conn = i % 3 === 0 ? REMOTE_DEMO.failing : REMOTE_DEMO.active;
      const type = types[i % types.length];
      const kind = i % 5; // 0,1,2 delivered; 3 failed; 4 no endpoint — and the newest is not forwarded
      const eventId = i === 29 ? null : `${P}evt_${i}`;
      if (eventId) {
        await db.run(`INSERT INTO "Event" ("id", "type", "connectionId", "data", "createdAt", "dispatchedAt") VALUES (?, ?, ?, '{}', ?, ?) ON CONFLICT ("id") DO NOTHING`, [eventId, `remote.${type}`, conn.id, at, at]);
        if (kind < 4) {
          await db.run(
            `INSERT INTO "WebhookDelivery" ("id", "eventId", "endpointId", "status", "attempts", "nextAttemptAt", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, 1, ?, ?, ?) ON CONFLICT ("id") DO NOTHING`,
            [`${P}del_${i}`, eventId, `${P}endpoint`, kind === 3 ? "failed" : "succeeded", at, at, at],
          );
        }
      }
      const body = JSON.stringify({ event_type: type, company_id: `company-${i % 3 === 0 ? "b" : "a"}`, employment_id: `emp-${1000 + i}` });
      await db.run(
        `INSERT INTO "RemoteEvent" ("id", "subscriptionId", "connectionId", "eventType", "bodyDigest", "body", "receivedAt", "eventId") VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT ("id") DO NOTHING`,
        [`${P}re_${i}`, `${P}sub_${conn === REMOTE_DEMO.failing ? 1 : 0}`, conn.id, type, `${P}digest_${i}`, body, at, eventId],
      );
    }
  } finally {
    await db.close();
  }
}

/** Removes the demo rows, and any relayed-events choice saved in Settings (back to REMOTE_WEBHOOK_EVENTS). */
export async function removeRemoteEvents(): Promise<void> {
  const db = await open();
  try {
    await db.run(`DELETE FROM "RemoteEvent" WHERE "id" LIKE '${P}%'`);
    await db.run(`DELETE FROM "WebhookDelivery" WHERE "id" LIKE '${P}%'`);
    await db.run(`DELETE FROM "Event" WHERE "id" LIKE '${P}%'`);
    await db.run(`DELETE FROM "WebhookEndpoint" WHERE "id" LIKE '${P}%'`);
    await db.run(`DELETE FROM "RemoteSubscription" WHERE "connectionId" LIKE '${P}%'`);
    await db.run(`DELETE FROM "AuditEvent" WHERE "connectionId" LIKE '${P}%'`);
    await db.run(`DELETE FROM "Connection" WHERE "id" LIKE '${P}%'`);
    await db.run(`DELETE FROM "AppSetting" WHERE "key" = 'remote_webhook_events'`);
  } finally {
    await db.close();
  }
}
