import "server-only";
import type { Actor } from "../audit/events";
import { recordAudit } from "../audit/record";
import { TokenServiceError } from "../connections/errors";
import { withCompanyToken } from "../connections/with-token";
import { getDb } from "../db";
import { logger } from "../logger";
import { excerpt, RemoteError } from "../remote/errors";
import { deleteWebhookCallback } from "../remote/webhook-callbacks";
import { forgetSigningKey } from "./signing-keys";

/** The disconnect waits at most this long for Remote: a slow Remote must not hold the console. */
export const RELEASE_TIMEOUT_MS = 3000;

/**
 * Disconnect's first step, before its transaction erases the company's tokens (after it, nothing
 * could call Remote for the company): deletes the callback at Remote, best effort and bounded. The
 * result is recorded on the row and audited; a failure never stops the disconnect. Deliveries that
 * still arrive afterwards are refused, because the connection is disconnected.
 */
export async function releaseRemoteSubscription(connectionId: string, actor: Actor): Promise<void> {
  try {
    await release(connectionId, actor);
  } catch (e) {
    logger.warn({ connectionId, err: e instanceof Error ? e.message : String(e) }, "could not record the Remote subscription's release");
  }
}

async function release(connectionId: string, actor: Actor) {
  const db = getDb();
  const sub = await db.remoteSubscription.findUnique({ where: { connectionId }, select: { id: true, state: true, remoteCallbackId: true } });
  if (!sub || sub.state === "deleted") return;
  const conn = await db.connection.findUnique({ where: { id: connectionId }, select: { status: true, companyName: true } });
  if (!conn || conn.status === "disconnected") return;
  const done = { nextAttemptAt: null, claimedBy: null, claimedUntil: null, attempts: 0 };
  forgetSigningKey(sub.id);
  if (!sub.remoteCallbackId) {
    await db.remoteSubscription.update({ where: { id: sub.id }, data: { ...done, state: "deleted", signingKeyEnc: null, appliedEvents: null } });
    return;
  }
  const callbackId = sub.remoteCallbackId;
  try {
    await withCompanyToken(connectionId, (t) => deleteWebhookCallback(t.accessToken, callbackId, { signal: AbortSignal.timeout(RELEASE_TIMEOUT_MS) }), { actor });
  } catch (e) {
    const why = e instanceof TokenServiceError || e instanceof RemoteError ? excerpt(e.message) : "unexpected error";
    const lastError = `Could not delete the callback at Remote when disconnecting (${why}); Remote may keep sending, and those deliveries are refused.`;
    await db.$transaction(async (tx) => {
      // The callback id stays: a reconnect repairs that callback instead of adding a second one.
      await tx.remoteSubscription.update({ where: { id: sub.id }, data: { ...done, state: "failed", lastError, lastErrorAt: new Date() } });
      await recordAudit({ type: "remote_subscription.failed", actor, connectionId, message: `${conn.companyName}: ${lastError}`, metadata: { subscription_id: sub.id, remote_callback_id: callbackId, on: "disconnect" } }, tx);
    });
    return;
  }
  await db.$transaction(async (tx) => {
    await tx.remoteSubscription.update({ where: { id: sub.id }, data: { ...done, state: "deleted", remoteCallbackId: null, signingKeyEnc: null, appliedEvents: null, lastError: null, lastErrorAt: null } });
    await recordAudit({ type: "remote_subscription.deleted", actor, connectionId, message: `${conn.companyName}: Remote webhook callback deleted (disconnected)`, metadata: { subscription_id: sub.id, remote_callback_id: callbackId } }, tx);
  });
}
