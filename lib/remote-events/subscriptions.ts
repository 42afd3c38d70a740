import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor } from "../audit/events";
import { recordAudit } from "../audit/record";
import { getDb, type Db } from "../db";
import { getEnv } from "../env";
import { RemoteEventsError } from "./errors";
import { eventsFingerprint, readRelayedEvents, relayingOn, type RelayedEvents } from "./settings";

// RemoteSubscription rows: one per connection, the work queue of the subscription job. A row is due
// when nextAttemptAt is set and past; null means nothing to do until something queues it again.

export type SubscriptionTx = Pick<Db, "appSetting" | "remoteSubscription">;

/** Our callback id, the last path segment of the URL Remote posts to: unguessable, so the URL names nothing. */
export function newCallbackId(): string {
  return `rcb_${randomBytes(24).toString("base64url")}`;
}

export function callbackUrl(id: string): string {
  return `${getEnv().APP_URL}/api/remote/webhooks/${id}`;
}

/** What a reconnect, a first connect or a console Re-subscribe sets: create or repair soon, from a clean slate. */
const repairDue = (now: Date) => ({ state: "pending", nextAttemptAt: now, attempts: 0, lastError: null, lastErrorAt: null });

/**
 * Hook for the connect/reconnect transaction (lib/connections/store.ts): when relaying is on, the
 * connection's subscription is queued for the job (created, or repaired in place on a reconnect:
 * same row, same callback id, never a second one). Writes only our own rows; Remote is called later.
 */
export async function queueSubscriptionOnConnect(tx: SubscriptionTx, connectionId: string, now = new Date()): Promise<void> {
  if (!relayingOn(await readRelayedEvents(tx))) return;
  await tx.remoteSubscription.upsert({
    where: { connectionId },
    create: { id: newCallbackId(), connectionId, ...repairDue(now) },
    // A claim held by a job run in flight is dropped: that run's result must not overwrite this request.
    update: { ...repairDue(now), claimedBy: null, claimedUntil: null },
  });
}

/** Console "Re-subscribe": queues (re)creation of the connection's subscription; audited. */
export async function requestResubscribe(connectionId: string, actor: Actor): Promise<void> {
  const db = getDb();
  await db.$transaction(async (tx) => {
    const conn = await tx.connection.findUnique({ where: { id: connectionId, environment: getEnv().REMOTE_ENVIRONMENT }, select: { status: true, companyName: true } });
    if (!conn) throw new RemoteEventsError("not_found", "No connection with this id.");
    if (conn.status === "disconnected") throw new RemoteEventsError("disconnected", "This company has been disconnected; reconnect it first.");
    const events = await readRelayedEvents(tx);
    const now = new Date();
    await tx.remoteSubscription.upsert({
      where: { connectionId },
      create: { id: newCallbackId(), connectionId, ...repairDue(now) },
      update: { ...repairDue(now), claimedBy: null, claimedUntil: null },
    });
    await recordAudit(
      {
        type: "remote_subscription.resubscribed",
        actor,
        connectionId,
        message: relayingOn(events) ? `Re-subscribing ${conn.companyName} to Remote's webhooks` : `Checking ${conn.companyName}'s subscription (relaying is off)`,
        metadata: { requested: true, events: eventsFingerprint(events) || "off" },
      },
      tx,
    );
  });
}

/**
 * Brings the rows in line with the event set in force: missing rows for connected companies are
 * created (relaying on), and rows whose state at Remote differs are made due. Only our database is
 * touched; the job does the Remote calls at its own pace. Safe to run often and from several processes.
 */
export async function queueResync(events?: RelayedEvents, now = new Date()): Promise<{ created: number; queued: number }> {
  const db = getDb();
  const set = events ?? (await readRelayedEvents(db));
  const fp = eventsFingerprint(set);
  let created = 0;
  if (relayingOn(set)) {
    // Connections that connected while relaying was off have no row yet.
    for (;;) {
      const have = await db.remoteSubscription.findMany({ select: { connectionId: true } });
      const known = new Set(have.map((r) => r.connectionId));
      const missing = (
        await db.connection.findMany({ where: { environment: getEnv().REMOTE_ENVIRONMENT, status: { not: "disconnected" } }, select: { id: true } })
      ).filter((c) => !known.has(c.id));
      if (!missing.length) break;
      for (const c of missing.slice(0, 200)) {
        // Another process may create the same row at once: the unique connectionId keeps one.
        const r = await db.remoteSubscription.createMany({ data: [{ id: newCallbackId(), connectionId: c.id, ...repairDue(now) }] }).catch(() => ({ count: 0 }));
        created += r.count;
      }
      if (missing.length <= 200) break;
    }
    const off = await db.remoteSubscription.updateMany({ where: { state: "off" }, data: { state: "pending", nextAttemptAt: now, attempts: 0 } });
    const stale = await db.remoteSubscription.updateMany({
      where: { state: { in: ["active", "failed"] }, nextAttemptAt: null, OR: [{ appliedEvents: null }, { appliedEvents: { not: fp } }] },
      data: { nextAttemptAt: now },
    });
    return { created, queued: off.count + stale.count };
  }
  // Off: every callback we still hold at Remote is to be deleted; rows without one are simply off.
  const idle = await db.remoteSubscription.updateMany({ where: { state: { in: ["pending", "failed"] }, remoteCallbackId: null }, data: { state: "off", nextAttemptAt: null, attempts: 0 } });
  const live = await db.remoteSubscription.updateMany({ where: { state: { in: ["active", "pending", "failed"] }, remoteCallbackId: { not: null }, nextAttemptAt: null }, data: { nextAttemptAt: now } });
  return { created, queued: idle.count + live.count };
}

/** How far the background re-sync of subscriptions to the current event set has got. */
export async function relaySyncProgress(): Promise<{ total: number; inSync: number; pending: number; failed: number }> {
  const db = getDb();
  const events = await readRelayedEvents(db);
  const fp = eventsFingerprint(events);
  const live = { state: { notIn: ["deleted"] } };
  const [total, inSync, failed] = await Promise.all([
    db.remoteSubscription.count({ where: live }),
    relayingOn(events)
      ? db.remoteSubscription.count({ where: { state: "active", appliedEvents: fp, nextAttemptAt: null } })
      : db.remoteSubscription.count({ where: { state: "off" } }),
    db.remoteSubscription.count({ where: { state: "failed" } }),
  ]);
  return { total, inSync, failed, pending: Math.max(0, total - inSync - failed) };
}
