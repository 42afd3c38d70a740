import "server-only";
import type { Actor } from "../audit/events";
import { recordAudit } from "../audit/record";
import { getDb } from "../db";
import { eventsFingerprint, normalizeRelayedEvents, readRelayedEvents, RELAYED_EVENTS_SETTING_KEY, serializeRelayedEvents, type RelayedEvents } from "./settings";
import { queueResync } from "./subscriptions";

// What the console (and the partner API) call in lib/remote-events. Names and signatures are the
// interface the console codes against.

export type { RelayedEvents } from "./settings";
export { RelayedEventsError } from "./settings";
export { RemoteEventsError } from "./errors";
export type { ReplayWindow } from "./replay";
export { requestReplay } from "./replay";
export { relaySyncProgress, requestResubscribe } from "./subscriptions";

/** For the audit row: the set itself, unless it is too long to read there. */
function summary(events: RelayedEvents): string {
  const fp = eventsFingerprint(events);
  if (!fp) return "off";
  return fp.length > 500 ? `${(events as string[]).length} types` : fp;
}

/** The event set in force: the admin's choice in Settings if any, else REMOTE_WEBHOOK_EVENTS. */
export async function getRelayedEvents(): Promise<RelayedEvents> {
  return readRelayedEvents(getDb());
}

/**
 * Validates against Remote's event types (RelayedEventsError names what is wrong), stores it
 * (AppSetting), audits, and queues re-sync of every subscription; the job does the Remote calls.
 */
export async function setRelayedEvents(value: RelayedEvents, actor: Actor): Promise<void> {
  const events = normalizeRelayedEvents(value);
  const stored = serializeRelayedEvents(events);
  const updatedBy = actor.label ?? null;
  await getDb().$transaction(async (tx) => {
    const before = await readRelayedEvents(tx);
    await tx.appSetting.upsert({ where: { key: RELAYED_EVENTS_SETTING_KEY }, create: { key: RELAYED_EVENTS_SETTING_KEY, value: stored, updatedBy }, update: { value: stored, updatedBy } });
    await recordAudit(
      {
        type: "settings.remote_webhook_events_updated",
        actor,
        message: events === "all" ? "Relaying all of Remote's webhook events" : events.length ? `Relaying ${events.length} of Remote's webhook event types` : "Relaying Remote's webhooks turned off",
        metadata: { before: summary(before), after: summary(events) },
      },
      tx,
    );
  });
  await queueResync(events);
}
