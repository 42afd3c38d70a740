import "server-only";
import type { Actor } from "../audit/events";
import { recordAudit } from "../audit/record";
import { decryptSecret } from "../crypto/vault";
import { getDb } from "../db";
import { resumeEndpointDeliveries } from "./deliver";
import { newEventId } from "../events/emit";
import { WebhookEndpointError } from "./endpoint-rules";
import { PREVIOUS_SECRET_OVERLAP_MS, sealEndpointSecret } from "./endpoint-secrets";
import { toView, viewSelect, type WebhookEndpointView } from "./endpoint-view";
import { generateWebhookSecret } from "./secret";

// Two rotations at once: the later one retries on top of the earlier, so both secrets handed out sign.
const ROTATE_TRIES = 3;

/**
 * A new signing secret, returned once. The current one moves to the previous slot and keeps signing
 * for PREVIOUS_SECRET_OVERLAP_MS so receivers can switch over without dropping a delivery.
 */
export async function rotateWebhookSecret(id: string, actor: Actor, now = new Date()): Promise<{ secret: string; previousSecretExpiresAt: Date } | null> {
  const secret = generateWebhookSecret();
  const previousSecretExpiresAt = new Date(now.getTime() + PREVIOUS_SECRET_OVERLAP_MS);
  for (let attempt = 1; ; attempt++) {
    const outcome = await getDb().$transaction(async (tx) => {
      const row = await tx.webhookEndpoint.findUnique({ where: { id }, select: { secretEnc: true, url: true } });
      if (!row) return "missing" as const;
      const current = decryptSecret({ table: "WebhookEndpoint", id, field: "secret" }, row.secretEnc);
      // Sealing uses a fresh nonce, so the sealed text doubles as a version: only one rotation per version wins.
      const { count } = await tx.webhookEndpoint.updateMany({
        where: { id, secretEnc: row.secretEnc },
        data: { secretEnc: sealEndpointSecret(id, "secret", secret), previousSecretEnc: sealEndpointSecret(id, "previousSecret", current), previousSecretExpiresAt },
      });
      if (count === 0) return "raced" as const;
      await recordAudit(
        { type: "webhook_endpoint.secret_rotated", actor, message: `Signing secret of ${row.url} rotated`, metadata: { webhook_endpoint_id: id, previous_secret_expires_at: previousSecretExpiresAt.toISOString() } },
        tx,
      );
      return "rotated" as const;
    });
    if (outcome === "missing") return null;
    if (outcome === "rotated") return { secret, previousSecretExpiresAt };
    if (attempt >= ROTATE_TRIES) throw new Error(`rotateWebhookSecret: ${id} kept changing under ${ROTATE_TRIES} attempts`);
  }
}

/**
 * Disables (nothing is delivered) or enables an endpoint; audited only when the state changes.
 * Enabling also clears the failure streak, so the endpoint gets a fresh chance before any automatic
 * disabling, and makes its waiting deliveries due at once.
 */
export async function setWebhookEndpointDisabled(id: string, disabled: boolean, actor: Actor, now = new Date()): Promise<WebhookEndpointView | null> {
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.updateMany({
      where: { id, disabledAt: disabled ? null : { not: null } },
      data: disabled ? { disabledAt: now, disabledReason: `Disabled by ${actor.label ?? actor.type}` } : { disabledAt: null, disabledReason: null, failingSince: null },
    });
    const row = await tx.webhookEndpoint.findUnique({ where: { id }, select: viewSelect });
    if (!row) return null;
    if (count === 1) {
      // Deliveries held back while it was disabled are due again now, not at their next recheck.
      if (!disabled) await resumeEndpointDeliveries(id, tx, now);
      await recordAudit(
        { type: disabled ? "webhook_endpoint.disabled" : "webhook_endpoint.enabled", actor, message: `Webhook endpoint ${row.url} ${disabled ? "disabled" : "enabled"}`, metadata: { webhook_endpoint_id: id } },
        tx,
      );
    }
    return toView(row);
  });
}

/**
 * Sends a `ping` to this endpoint only: the event is stored already dispatched (no fan-out to the
 * others) together with its single pending delivery, which the delivery job picks up like any other.
 */
export async function sendWebhookTest(id: string, actor: Actor, now = new Date()): Promise<{ eventId: string } | null> {
  return getDb().$transaction(async (tx) => {
    const row = await tx.webhookEndpoint.findUnique({ where: { id }, select: { url: true, disabledAt: true } });
    if (!row) return null;
    if (row.disabledAt) throw new WebhookEndpointError("endpoint_disabled", "This endpoint is disabled; enable it before sending a test.");
    const eventId = newEventId(now.getTime());
    await tx.event.create({ data: { id: eventId, type: "ping", connectionId: null, data: "{}", createdAt: now, dispatchedAt: now }, select: { id: true } });
    await tx.webhookDelivery.create({ data: { eventId, endpointId: id, nextAttemptAt: now }, select: { id: true } });
    await recordAudit({ type: "webhook_endpoint.tested", actor, message: `Test event sent to ${row.url}`, metadata: { webhook_endpoint_id: id, event_id: eventId } }, tx);
    return { eventId };
  });
}
