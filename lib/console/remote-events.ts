import "server-only";
import { getDb } from "../db";
import type { Prisma } from "../db/client";
import { getRelayedEvents, relaySyncProgress } from "../remote-events/contract";
import { envRelayedEvents, RELAYED_EVENTS_SETTING_KEY } from "../remote-events/settings";
import { isRemoteWebhookEventType } from "../remote-events/event-types";
import { pageOf, type Page } from "./params";

// Read side of the console's Remote events (issue #13). RemoteEvent has no foreign keys, so the
// connection, the outbox event and its deliveries are fetched by id for the page shown only.
// Never selects a subscription's sealed signing key.

/**
 * What became of a received event on its way to the partner:
 * - not_queued: no outbox event was written for it;
 * - gone: its outbox event has been cleared since;
 * - queued: the outbox has not fanned it out yet;
 * - no_endpoint: fanned out, but no webhook endpoint listens to its type;
 * - failed / pending / delivered: the worst state among its deliveries (failed > pending > delivered).
 */
export type ForwardedState = "not_queued" | "gone" | "queued" | "no_endpoint" | "failed" | "pending" | "delivered";
export type DeliveryCounts = { succeeded: number; pending: number; failed: number };

export type ConsoleRemoteEvent = {
  id: string;
  eventType: string;
  receivedAt: Date;
  connection: { id: string; companyName: string | null };
  eventId: string | null;
  forwarded: ForwardedState;
  deliveries: DeliveryCounts;
  /** Remote's body as received (ids only; Remote puts no secret in it). Shown behind a disclosure. */
  body: string;
};

export type RemoteEventQuery = { connectionId?: string; eventType?: string; page?: number; pageSize?: number };

function normalize(q: RemoteEventQuery) {
  const connectionId = q.connectionId?.trim();
  return {
    eventType: q.eventType && isRemoteWebhookEventType(q.eventType) ? q.eventType : undefined,
    connectionId: connectionId && /^[A-Za-z0-9_-]{1,64}$/.test(connectionId) ? connectionId : undefined,
    page: q.page && Number.isInteger(q.page) && q.page >= 1 ? q.page : 1,
    pageSize: Math.min(Math.max(q.pageSize ?? 25, 5), 100),
  };
}

export function forwardedState(eventId: string | null, event: { dispatchedAt: Date | null } | undefined, d: DeliveryCounts): ForwardedState {
  if (!eventId) return "not_queued";
  if (!event) return "gone";
  if (!event.dispatchedAt) return "queued";
  if (d.failed) return "failed";
  if (d.pending) return "pending";
  return d.succeeded ? "delivered" : "no_endpoint";
}

/** Received Remote events, newest first, with how far each got to the partner's endpoints. */
export async function listRemoteEvents(query: RemoteEventQuery = {}): Promise<Page<ConsoleRemoteEvent> & ReturnType<typeof normalize>> {
  const n = normalize(query);
  const where: Prisma.RemoteEventWhereInput = {};
  if (n.eventType) where.eventType = n.eventType;
  if (n.connectionId) where.connectionId = n.connectionId;
  const db = getDb();
  const [total, rows] = await Promise.all([
    db.remoteEvent.count({ where }),
    db.remoteEvent.findMany({
      where,
      select: { id: true, eventType: true, receivedAt: true, connectionId: true, eventId: true, body: true },
      orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
      skip: (n.page - 1) * n.pageSize,
      take: n.pageSize,
    }),
  ]);
  const eventIds = [...new Set(rows.map((r) => r.eventId).filter((id): id is string => id !== null))];
  const connectionIds = [...new Set(rows.map((r) => r.connectionId))];
  const [events, groups, connections] = await Promise.all([
    eventIds.length ? db.event.findMany({ where: { id: { in: eventIds } }, select: { id: true, dispatchedAt: true } }) : [],
    eventIds.length
      ? db.webhookDelivery.groupBy({ by: ["eventId", "status"], where: { eventId: { in: eventIds } }, _count: { _all: true } })
      : [],
    db.connection.findMany({ where: { id: { in: connectionIds } }, select: { id: true, companyName: true } }),
  ]);
  const eventById = new Map(events.map((e) => [e.id, e]));
  const names = new Map(connections.map((c) => [c.id, c.companyName]));
  const counts = new Map<string, DeliveryCounts>();
  for (const g of groups) {
    const c = counts.get(g.eventId) ?? { succeeded: 0, pending: 0, failed: 0 };
    if (g.status === "succeeded" || g.status === "pending" || g.status === "failed") c[g.status] += g._count._all;
    counts.set(g.eventId, c);
  }
  const out = rows.map((r): ConsoleRemoteEvent => {
    const d = (r.eventId && counts.get(r.eventId)) || { succeeded: 0, pending: 0, failed: 0 };
    return {
      id: r.id,
      eventType: r.eventType,
      receivedAt: r.receivedAt,
      connection: { id: r.connectionId, companyName: names.get(r.connectionId) ?? null },
      eventId: r.eventId,
      forwarded: forwardedState(r.eventId, r.eventId ? eventById.get(r.eventId) : undefined, d),
      deliveries: d,
      body: r.body,
    };
  });
  return { ...n, ...pageOf(out, total, n.page, n.pageSize) };
}

/** The companies a Remote event can come from (those with a subscription), for the list's filter. */
export async function remoteEventConnectionOptions(): Promise<{ value: string; label: string }[]> {
  const db = getDb();
  const subs = await db.remoteSubscription.findMany({ select: { connectionId: true }, take: 5000 });
  if (!subs.length) return [];
  const rows = await db.connection.findMany({
    where: { id: { in: subs.map((s) => s.connectionId) } },
    select: { id: true, companyName: true },
    orderBy: [{ companyName: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => ({ value: r.id, label: r.companyName }));
}

export type SubscriptionView = {
  /** The row's state, or none when the connection has no subscription row. */
  state: "pending" | "active" | "failed" | "deleting" | "deleted" | "off" | "none";
  /** "all", a list of event types, or null before anything was applied at Remote. */
  appliedEvents: "all" | string[] | null;
  lastError: string | null;
  lastErrorAt: Date | null;
  activatedAt: Date | null;
  nextAttemptAt: Date | null;
  attempts: number;
};

const KNOWN_STATES = new Set(["pending", "active", "failed", "deleting", "deleted", "off"]);

export function parseAppliedEvents(raw: string | null): "all" | string[] | null {
  if (!raw) return null;
  return raw === "all" ? "all" : raw.split(",").filter(Boolean);
}

/** A connection's subscription at Remote as the console shows it (no key, no Remote callback secret). */
export async function connectionSubscription(connectionId: string): Promise<SubscriptionView> {
  const row = await getDb().remoteSubscription.findUnique({
    where: { connectionId },
    select: { state: true, appliedEvents: true, lastError: true, lastErrorAt: true, activatedAt: true, nextAttemptAt: true, attempts: true },
  });
  if (!row) return { state: "none", appliedEvents: null, lastError: null, lastErrorAt: null, activatedAt: null, nextAttemptAt: null, attempts: 0 };
  const state = (KNOWN_STATES.has(row.state) ? row.state : "pending") as SubscriptionView["state"];
  return { ...row, state, appliedEvents: parseAppliedEvents(row.appliedEvents), lastError: row.lastError?.slice(0, 500) ?? null };
}

export type RelayedEventsSettings = {
  /** The set in force: "all", a list, or [] (off). */
  value: "all" | string[];
  /** settings: an admin saved it in the console; env: REMOTE_WEBHOOK_EVENTS. */
  source: "settings" | "env";
  envValue: "all" | string[];
  savedBy: string | null;
  savedAt: Date | null;
  progress: { total: number; inSync: number; pending: number; failed: number };
};

/** The Settings section's facts: what is relayed, where that comes from, and how far re-sync has got. */
export async function relayedEventsSettings(): Promise<RelayedEventsSettings> {
  const [value, progress, saved] = await Promise.all([
    getRelayedEvents(),
    relaySyncProgress(),
    getDb().appSetting.findUnique({ where: { key: RELAYED_EVENTS_SETTING_KEY }, select: { updatedBy: true, updatedAt: true } }),
  ]);
  return { value, source: saved ? "settings" : "env", envValue: envRelayedEvents(), savedBy: saved?.updatedBy ?? null, savedAt: saved?.updatedAt ?? null, progress };
}
