import "server-only";
import { getDb } from "../db";
import { ALL_REMOTE_EVENTS, isDeliverableEventType, isRemoteEventType } from "../events/catalogue";

/** Events fanned out per read; each event still gets its own short transaction. */
export const DISPATCH_BATCH = 100;

type EndpointSubscription = { id: string; events: string | null; createdAt: Date };

/**
 * Whether an endpoint gets an event of this type. `events` null = every event (connection events and
 * relayed Remote events); `remote.*` in a list matches every relayed Remote event. A `ping` is never
 * fanned out (the endpoint test creates its one delivery itself). An endpoint registered after the
 * event happened does not get it: it did not subscribe to the past.
 */
export function subscribes(endpoint: EndpointSubscription, event: { type: string; createdAt: Date }): boolean {
  if (!isDeliverableEventType(event.type)) return false;
  if (endpoint.createdAt > event.createdAt) return false;
  if (endpoint.events === null) return true;
  try {
    const types: unknown = JSON.parse(endpoint.events);
    return Array.isArray(types) && (types.includes(event.type) || (isRemoteEventType(event.type) && types.includes(ALL_REMOTE_EVENTS)));
  } catch {
    return false;
  }
}

/**
 * Fans undispatched outbox events (oldest first) out into one pending WebhookDelivery per enabled,
 * subscribed endpoint, and marks them dispatched, a batch per transaction. Several processes may run
 * this at once: the conditional update of `dispatchedAt` hands each event to one of them (on
 * PostgreSQL the second waits for the first's row locks, then finds the rows taken), and the unique
 * eventId+endpointId would refuse a second set of deliveries anyway.
 */
export async function dispatchPendingEvents(opts: { now?: Date; limit?: number } = {}): Promise<{ events: number; deliveries: number }> {
  const db = getDb();
  const limit = opts.limit ?? 10_000;
  const totals = { events: 0, deliveries: 0 };
  while (totals.events < limit) {
    // A fresh instant per batch and per call: it also tells this batch's rows from another dispatcher's.
    const now = opts.now ?? new Date();
    const events = await db.event.findMany({
      where: { dispatchedAt: null },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: Math.min(limit - totals.events, DISPATCH_BATCH),
      select: { id: true, type: true, createdAt: true },
    });
    if (events.length === 0) break;
    const endpoints = await db.webhookEndpoint.findMany({ where: { disabledAt: null }, select: { id: true, events: true, createdAt: true } });
    const ids = events.map((e) => e.id);
    const done = await db.$transaction(async (tx) => {
      const { count } = await tx.event.updateMany({ where: { id: { in: ids }, dispatchedAt: null }, data: { dispatchedAt: now } });
      if (count === 0) return { events: 0, deliveries: 0 };
      // Usually all of them; fewer when another dispatcher took some first.
      const taken = count === ids.length ? events : await tx.event.findMany({ where: { id: { in: ids }, dispatchedAt: now }, select: { id: true, type: true, createdAt: true } });
      const data = taken.flatMap((ev) => endpoints.filter((ep) => subscribes(ep, ev)).map((ep) => ({ eventId: ev.id, endpointId: ep.id, nextAttemptAt: now })));
      if (data.length) await tx.webhookDelivery.createMany({ data });
      return { events: taken.length, deliveries: data.length };
    });
    totals.events += done.events;
    totals.deliveries += done.deliveries;
    if (events.length < DISPATCH_BATCH) break;
  }
  return totals;
}
