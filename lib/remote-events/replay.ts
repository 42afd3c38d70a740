import "server-only";
import type { Actor } from "../audit/events";
import { recordAudit } from "../audit/record";
import { TokenServiceError } from "../connections/errors";
import { withCompanyToken } from "../connections/with-token";
import { getDb } from "../db";
import { getEnv } from "../env";
import { RemoteError, excerpt } from "../remote/errors";
import { replayWebhookEvents } from "../remote/webhook-callbacks";
import { RemoteEventsError } from "./errors";
import { isRemoteWebhookEventType } from "./event-types";

export type ReplayWindow = { after: Date; before: Date; eventType?: string };

/** Generous windows are safe (repeats are dropped on receipt), but not unbounded. */
export const MAX_REPLAY_WINDOW_DAYS = 30;
const DAY_MS = 24 * 3600_000;

export function checkReplayWindow(w: ReplayWindow, now = new Date()): void {
  if (!(w.after instanceof Date) || Number.isNaN(w.after.getTime()) || !(w.before instanceof Date) || Number.isNaN(w.before.getTime())) {
    throw new RemoteEventsError("invalid_request", "after and before must be ISO 8601 times.");
  }
  if (w.after >= w.before) throw new RemoteEventsError("invalid_request", "after must be earlier than before.");
  if (w.before.getTime() - w.after.getTime() > MAX_REPLAY_WINDOW_DAYS * DAY_MS) {
    throw new RemoteEventsError("invalid_request", `The window may span at most ${MAX_REPLAY_WINDOW_DAYS} days; ask for several windows.`);
  }
  if (w.after > now) throw new RemoteEventsError("invalid_request", "The window starts in the future; nothing can have happened there yet.");
  if (w.eventType !== undefined && !isRemoteWebhookEventType(w.eventType)) {
    throw new RemoteEventsError("invalid_request", `Remote has no webhook event type ${JSON.stringify(w.eventType)}.`);
  }
}

function asRelayError(e: unknown): unknown {
  if (e instanceof TokenServiceError) {
    if (e.code === "not_found" || e.code === "disconnected") return new RemoteEventsError(e.code, e.message);
    if (e.code === "needs_reconnect") return new RemoteEventsError("not_subscribed", e.message);
    return new RemoteEventsError(e.code === "rate_limited" ? "rate_limited" : "temporarily_unavailable", e.message, e.retryAfterMs);
  }
  if (e instanceof RemoteError) {
    if (e.kind === "rate_limited") return new RemoteEventsError("rate_limited", "Remote's rate limit is reached; try again shortly.", e.retryAfterMs);
    if (e.temporary) return new RemoteEventsError("temporarily_unavailable", "Remote could not be reached; try again shortly.", e.retryAfterMs);
    return new RemoteEventsError("invalid_request", excerpt(`Remote refused the replay: ${e.message}`));
  }
  return e;
}

/** Asks Remote to replay a window of the connection's events (duplicates are dropped on receipt); audited. */
export async function requestReplay(connectionId: string, window: ReplayWindow, actor: Actor): Promise<void> {
  checkReplayWindow(window);
  const db = getDb();
  const conn = await db.connection.findUnique({ where: { id: connectionId, environment: getEnv().REMOTE_ENVIRONMENT }, select: { status: true, companyName: true, remoteCompanyId: true } });
  if (!conn) throw new RemoteEventsError("not_found", "No connection with this id.");
  if (conn.status === "disconnected") throw new RemoteEventsError("disconnected", "This company has been disconnected.");
  const sub = await db.remoteSubscription.findUnique({ where: { connectionId }, select: { state: true, remoteCallbackId: true } });
  // Remote replays to the callbacks it has: without ours, the events would go nowhere we can hear.
  if (!sub?.remoteCallbackId || !["active", "failed", "pending"].includes(sub.state)) {
    throw new RemoteEventsError("not_subscribed", "This company is not subscribed to Remote's webhooks; turn relaying on (or Re-subscribe) first.");
  }
  try {
    await withCompanyToken(connectionId, (t) => replayWebhookEvents(t.accessToken, { ...window, companyId: conn.remoteCompanyId }), { actor });
  } catch (e) {
    throw asRelayError(e);
  }
  await recordAudit({
    type: "remote_events.replay_requested",
    actor,
    connectionId,
    message: `Asked Remote to replay ${conn.companyName}'s webhooks from ${window.after.toISOString()} to ${window.before.toISOString()}${window.eventType ? ` (${window.eventType})` : ""}`,
    metadata: { after: window.after.toISOString(), before: window.before.toISOString(), event_type: window.eventType ?? null },
  });
}
