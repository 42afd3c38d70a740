import "server-only";
import { getDb } from "../db";
import { getEnv } from "../env";
import { RemoteEventsError } from "./errors";

export type ReceivedRemoteEvent = {
  id: string;
  event_type: string;
  received_at: string;
  /** The outbox event (`remote.<event_type>`) that forwards it; its id is the webhook-id partners receive. */
  event_id: string | null;
  remote_event: unknown;
};

/** A connection's received Remote deliveries, newest first, paginated like the other partner lists. */
export async function listReceivedRemoteEvents(connectionId: string, q: { page: number; pageSize: number; eventType?: string }): Promise<{ items: ReceivedRemoteEvent[]; total: number }> {
  const db = getDb();
  const conn = await db.connection.findUnique({ where: { id: connectionId, environment: getEnv().REMOTE_ENVIRONMENT }, select: { id: true } });
  if (!conn) throw new RemoteEventsError("not_found", "No connection with this id.");
  const where = { connectionId, ...(q.eventType ? { eventType: q.eventType } : {}) };
  const [rows, total] = await Promise.all([
    db.remoteEvent.findMany({ where, orderBy: [{ receivedAt: "desc" }, { id: "desc" }], skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
    db.remoteEvent.count({ where }),
  ]);
  const items = rows.map((r) => {
    let body: unknown = null;
    try {
      body = JSON.parse(r.body);
    } catch {
      body = null;
    }
    return { id: r.id, event_type: r.eventType, received_at: r.receivedAt.toISOString(), event_id: r.eventId, remote_event: body };
  });
  return { items, total };
}
