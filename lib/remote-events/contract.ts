import "server-only";
import type { Actor } from "../audit/events";

// INTERFACE STUB (issue 13): what the console (and the partner API) call in lib/remote-events.
// The helper building the relay replaces these bodies by re-exports of the real functions (or moves
// them); the names and signatures stay so the console helper can code against them.

/** `all`, a list of Remote event types, or [] (= relaying off). */
export type RelayedEvents = "all" | string[];

export type ReplayWindow = { after: Date; before: Date; eventType?: string };

/** The event set in force: the admin's choice in Settings if any, else REMOTE_WEBHOOK_EVENTS. */
export async function getRelayedEvents(): Promise<RelayedEvents> {
  return [];
}

/** Validates against Remote's event types, stores it (AppSetting), audits, and queues re-sync of every subscription. */
export async function setRelayedEvents(_value: RelayedEvents, _actor: Actor): Promise<void> {}

/** How far the background re-sync of subscriptions to the current event set has got. */
export async function relaySyncProgress(): Promise<{ total: number; inSync: number; pending: number; failed: number }> {
  return { total: 0, inSync: 0, pending: 0, failed: 0 };
}

/** Console "Re-subscribe": queues (re)creation of the connection's subscription; audited. Work happens in the job. */
export async function requestResubscribe(_connectionId: string, _actor: Actor): Promise<void> {}

/** Asks Remote to replay a window of the connection's events (duplicates are dropped on receipt); audited. */
export async function requestReplay(_connectionId: string, _window: ReplayWindow, _actor: Actor): Promise<void> {}
