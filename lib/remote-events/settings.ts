import "server-only";
import type { Db } from "../db";
import { getEnv } from "../env";
import { logger } from "../logger";
import { isRemoteWebhookEventType, REMOTE_WEBHOOK_EVENT_TYPES } from "./event-types";

/** `all`, a list of Remote event types, or [] (= relaying off). */
export type RelayedEvents = "all" | string[];

/** The AppSetting row that holds the admin's choice; absent = REMOTE_WEBHOOK_EVENTS. */
export const RELAYED_EVENTS_SETTING_KEY = "remote_webhook_events";

/** A choice the caller can fix; the message names what is wrong. */
export class RelayedEventsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RelayedEventsError";
  }
}

/**
 * The canonical form: "all", or the known types in Remote's list order without duplicates ([] = off).
 * Unknown types are refused, naming them.
 */
export function normalizeRelayedEvents(value: unknown): RelayedEvents {
  if (value === "all") return "all";
  if (!Array.isArray(value) || !value.every((t) => typeof t === "string")) {
    throw new RelayedEventsError("Choose all events, some of Remote's event types, or none.");
  }
  const list = value.map((t) => t.trim()).filter(Boolean);
  if (list.includes("all")) {
    if (list.length === 1) return "all";
    throw new RelayedEventsError("“all” cannot be combined with event types.");
  }
  const unknown = [...new Set(list.filter((t) => !isRemoteWebhookEventType(t)))];
  if (unknown.length) {
    throw new RelayedEventsError(`Remote has no webhook event type${unknown.length > 1 ? "s" : ""} ${unknown.map((t) => JSON.stringify(t)).join(", ")}.`);
  }
  return REMOTE_WEBHOOK_EVENT_TYPES.filter((t) => list.includes(t));
}

/** How an event set is stored in RemoteSubscription.appliedEvents and compared: "all", "a,b", or "" (off). */
export function eventsFingerprint(events: RelayedEvents): string {
  return events === "all" ? "all" : [...events].sort().join(",");
}

export const relayingOn = (events: RelayedEvents) => events === "all" || events.length > 0;

/** REMOTE_WEBHOOK_EVENTS; the start-up check refuses unknown types, so dropping them here is only a safety net. */
export function envRelayedEvents(): RelayedEvents {
  const raw = getEnv().REMOTE_WEBHOOK_EVENTS;
  if (raw.length === 1 && raw[0] === "all") return "all";
  const unknown = raw.filter((t) => !isRemoteWebhookEventType(t));
  if (unknown.length) logger.warn({ unknown }, "REMOTE_WEBHOOK_EVENTS names event types Remote does not have; they are ignored");
  return REMOTE_WEBHOOK_EVENT_TYPES.filter((t) => raw.includes(t));
}

/** The event set in force: the admin's choice in Settings if any, else REMOTE_WEBHOOK_EVENTS. */
export async function readRelayedEvents(db: Pick<Db, "appSetting">): Promise<RelayedEvents> {
  const row = await db.appSetting.findUnique({ where: { key: RELAYED_EVENTS_SETTING_KEY }, select: { value: true } });
  if (!row) return envRelayedEvents();
  try {
    return normalizeRelayedEvents((JSON.parse(row.value) as { events?: unknown }).events);
  } catch {
    // A row damaged by hand must not stop relaying silently in a surprising way: the environment decides.
    logger.warn("the stored relayed-events setting is unreadable; using REMOTE_WEBHOOK_EVENTS");
    return envRelayedEvents();
  }
}

export function serializeRelayedEvents(events: RelayedEvents): string {
  return JSON.stringify({ events });
}
