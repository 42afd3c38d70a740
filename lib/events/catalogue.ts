// The events partners can subscribe to, and the shape every one of them is delivered in.
// A payload carries ids, names and statuses only: never a token or secret.
import { REMOTE_WEBHOOK_EVENT_TYPES } from "../remote-events/event-types";

export const CONNECTION_EVENT_TYPES = [
  "connection.created",
  "connection.reconnected",
  "connection.refresh_failed",
  "connection.recovered",
  "connection.needs_reconnect",
  "connection.disconnected",
] as const;
export type ConnectionEventType = (typeof CONNECTION_EVENT_TYPES)[number];

/**
 * Remote's own webhooks, relayed: `remote.<Remote's event_type>`. Typed open-ended because Remote adds
 * types; what Remote sends is forwarded as it names it.
 */
export type RemoteEventType = `remote.${string}`;
export const REMOTE_EVENT_PREFIX = "remote.";
/** The relayed types known today (Remote's list), in Remote's order. */
export const REMOTE_EVENT_TYPES: readonly RemoteEventType[] = REMOTE_WEBHOOK_EVENT_TYPES.map((t) => `remote.${t}` as const);
/** An endpoint filter entry that matches every relayed Remote event. */
export const ALL_REMOTE_EVENTS = "remote.*";

export const isRemoteEventType = (s: string): s is RemoteEventType => /^remote\.[a-z][a-z0-9_.]{0,99}$/.test(s);

export const EVENT_TYPES = [...CONNECTION_EVENT_TYPES, "ping"] as const;
export type EventType = (typeof EVENT_TYPES)[number] | RemoteEventType;

/** What the dispatcher fans out to endpoints: connection events and relayed Remote events (a ping never). */
export const isDeliverableEventType = (s: string): boolean => (CONNECTION_EVENT_TYPES as readonly string[]).includes(s) || isRemoteEventType(s);

export type EventConnection = {
  id: string;
  external_id: string | null;
  remote_company_id: string;
  company_name: string;
  status: string;
  environment: string;
};

/** The `data` of a connection event. */
export type ConnectionEventData = {
  connection: EventConnection;
  /** Why, for failures: a machine-readable code such as invalid_grant or temporarily_unavailable. */
  reason?: string;
  /** needs_reconnect: a connect link for the same company and external id, so the partner can mail it on. */
  reconnect_url?: string;
};

/** `ping` (an endpoint test) reports no change, so it carries nothing. */
export type PingEventData = Record<string, never>;

/** The `data` of a relayed Remote event (`remote.<event_type>`). */
export type RemoteEventData = {
  /** The connection Remote's callback belongs to; `external_id` is the partner's own id for the company. */
  connection: Pick<EventConnection, "id" | "external_id" | "remote_company_id" | "company_name">;
  /** Remote's body exactly as received (flat: event_type, company_id and the event's resource ids). */
  remote_event: Record<string, unknown>;
  /** ISO 8601: when Remote Connect accepted the delivery. */
  received_at: string;
};

export type EventDataFor<T extends EventType> = T extends "ping" ? PingEventData : T extends RemoteEventType ? RemoteEventData : ConnectionEventData;

/** The body a receiver gets. */
export type EventPayload<T extends EventType = EventType> = {
  type: T;
  /** ISO 8601: when the change happened (the event row's creation time). */
  timestamp: string;
  data: EventDataFor<T>;
};
