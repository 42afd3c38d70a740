import "server-only";
import type { Actor } from "../audit/events";
import { recordAudit } from "../audit/record";
import { getDb } from "../db";

/**
 * Sends an event to an endpoint again: the delivery goes back to pending, due now, with a fresh
 * attempt series (attempts 0). Same event id, so the receiver's `webhook-id` dedupe still applies.
 * Works on succeeded, failed and pending deliveries; an attempt in flight loses its claim and its
 * result is not recorded over the new series. False when there is no such delivery.
 */
export async function redeliverWebhook(deliveryId: string, actor: Actor, now = new Date()): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const row = await tx.webhookDelivery.findUnique({
      where: { id: deliveryId },
      select: { id: true, status: true, eventId: true, endpointId: true, event: { select: { type: true, connectionId: true } }, endpoint: { select: { url: true } } },
    });
    if (!row) return false;
    await tx.webhookDelivery.updateMany({
      where: { id: deliveryId },
      data: { status: "pending", attempts: 0, nextAttemptAt: now, deliveredAt: null, claimedBy: null, claimedUntil: null },
    });
    // The audit row links the connection only while it exists (an event may outlive its connection row).
    const connectionId = row.event.connectionId && (await tx.connection.count({ where: { id: row.event.connectionId } })) ? row.event.connectionId : null;
    await recordAudit(
      {
        type: "webhook_delivery.redelivered",
        actor,
        connectionId,
        message: `Event ${row.event.type} queued again for ${row.endpoint.url}`,
        metadata: { webhook_delivery_id: row.id, webhook_endpoint_id: row.endpointId, event_id: row.eventId, previous_status: row.status },
      },
      tx,
    );
    return true;
  });
}

/** The same, addressed by event and endpoint. */
export async function redeliverEvent(eventId: string, endpointId: string, actor: Actor, now = new Date()): Promise<boolean> {
  const row = await getDb().webhookDelivery.findUnique({ where: { eventId_endpointId: { eventId, endpointId } }, select: { id: true } });
  return row ? redeliverWebhook(row.id, actor, now) : false;
}
