import "server-only";
import { randomBytes } from "node:crypto";
import type { Db, Prisma } from "../db/client";
import type { ConnectionEventData, ConnectionEventType, EventConnection, EventDataFor, EventPayload, EventType } from "./catalogue";

/** The columns an event's connection part is built from: ids, name and status, never a token. */
export const eventConnectionSelect = {
  id: true,
  externalId: true,
  remoteCompanyId: true,
  companyName: true,
  status: true,
  environment: true,
} as const satisfies Prisma.ConnectionSelect;
export type EventConnectionRow = Prisma.ConnectionGetPayload<{ select: typeof eventConnectionSelect }>;

/** Anything that can write an Event: in practice the `tx` of the caller's `$transaction`. */
export type EventTx = Pick<Db, "event">;

export function eventConnection(row: EventConnectionRow): EventConnection {
  return {
    id: row.id,
    external_id: row.externalId,
    remote_company_id: row.remoteCompanyId,
    company_name: row.companyName,
    status: row.status,
    environment: row.environment,
  };
}

/**
 * A stable, unique id that sorts by creation time (`evt_` + 12 hex digits of milliseconds + 80
 * random bits). It is the `webhook-id` receivers dedupe on, for every attempt and redelivery.
 */
export function newEventId(now = Date.now()): string {
  return `evt_${now.toString(16).padStart(12, "0")}${randomBytes(10).toString("hex")}`;
}

/**
 * Writes one event into the outbox, inside the caller's transaction: it commits with the state
 * change it reports, or not at all. Delivery happens later, from the stored row.
 */
export async function emit<T extends EventType>(tx: EventTx, type: T, data: EventDataFor<T>, now = new Date()): Promise<{ id: string }> {
  const connectionId = "connection" in data ? (data as ConnectionEventData).connection.id : null;
  const id = newEventId(now.getTime());
  await tx.event.create({ data: { id, type, connectionId, data: JSON.stringify(data), createdAt: now }, select: { id: true } });
  return { id };
}

/** The body sent to receivers, rebuilt from a stored event row. */
export function eventPayload(row: { type: string; data: string; createdAt: Date }): EventPayload {
  return { type: row.type as EventType, timestamp: row.createdAt.toISOString(), data: JSON.parse(row.data) as EventPayload["data"] };
}

/**
 * Emits a connection event with the row as it stands inside `tx`, i.e. after the change it
 * reports: call it right after the update, in the same transaction.
 */
export async function emitConnectionEvent(
  tx: EventTx & Pick<Db, "connection">,
  type: ConnectionEventType,
  connectionId: string,
  extra: Omit<ConnectionEventData, "connection"> = {},
): Promise<{ id: string }> {
  const row = await tx.connection.findUniqueOrThrow({ where: { id: connectionId }, select: eventConnectionSelect });
  return emit(tx, type, { connection: eventConnection(row), ...extra });
}
