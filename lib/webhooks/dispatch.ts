import "server-only";
import { getDb } from "../db";
import { CONNECTION_EVENT_TYPES } from "../events/catalogue";

/** Events fanned out per read; each event still gets its own short transaction. */
export const DISPATCH_BATCH = 100;

type EndpointSubscription = { id: string; events: string | null; createdAt: Date };

/**
 * Whether an endpoint gets an event of this type. `events` null = every connection event; a `ping` is
 * never fanned out (the endpoint test creates its one delivery itself). An endpoint registered after
 * the event happened does not get it: it did not subscribe to the past.
 */
export function subscribes(endpoint: EndpointSubscription, event: { type: string; createdAt: Date }): boolean {
  if (!(CONNECTION_EVENT_TYPES as readonly string[]).includes(event.type)) return false;
  if (endpoint.createdAt > event.createdAt) return false;
  if (endpoint.events === null) return true;
  try {
    const types: unknown = JSON.parse(endpoint.events);
    return Array.isArray(types) && types.includes(event.type);
  } catch {
    return false;
  }
}

/**
 * Fans undispatched outbox events (oldest first) out into one pending WebhookDelivery per enabled,
 * subscribed endpoint, and marks them dispatched. Several processes may run this at once: the
 * conditional update of `dispatchedAt` lets exactly one of them create an event's deliveries, in the
 * same transaction (and the unique eventId+endpointId would refuse a second set anyway).
 */
export async function dispatchPendingEvents(opts: { now?: Date; limit?: number } = {}): Promise<{ events: number; deliveries: number }> {
  const db = getDb();
  const limit = opts.limit ?? DISPATCH_BATCH;
  const totals = { events: 0, deliveries: 0 };
  for (;;) {
    const now = opts.now ?? new Date();
    const events = await db.event.findMany({
      where: { dispatchedAt: null },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: Math.min(limit - totals.events, DISPATCH_BATCH),
      select: { id: true, type: true, createdAt: true },
    });
    if (events.length === 0) return totals;
    const endpoints = await db.webhookEndpoint.findMany({ where: { disabledAt: null }, select: { id: true, events: true, createdAt: true } });
    for (const event of events) {
      const targets = endpoints.filter((e) => subscribes(e, event));
      const created = await db.$transaction(async (tx) => {
        const { count } = await tx.event.updateMany({ where: { id: event.id, dispatchedAt: null }, data: { dispatchedAt: now } });
        if (count === 0) return -1; // another process fanned it out first
        if (targets.length) {
          await tx.webhookDelivery.createMany({ data: targets.map((t) => ({ eventId: event.id, endpointId: t.id, nextAttemptAt: now })) });
        }
        return targets.length;
      });
      if (created >= 0) {
        totals.events++;
        totals.deliveries += created;
      }
    }
    if (totals.events >= limit || events.length < DISPATCH_BATCH) return totals;
  }
}
