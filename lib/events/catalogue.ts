// The events partners can subscribe to, and the shape every one of them is delivered in.
// A payload carries ids, names and statuses only: never a token or secret.

export const CONNECTION_EVENT_TYPES = [
  "connection.created",
  "connection.reconnected",
  "connection.refresh_failed",
  "connection.recovered",
  "connection.needs_reconnect",
  "connection.disconnected",
] as const;
export type ConnectionEventType = (typeof CONNECTION_EVENT_TYPES)[number];

export const EVENT_TYPES = [...CONNECTION_EVENT_TYPES, "ping"] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const isEventType = (s: string): s is EventType => (EVENT_TYPES as readonly string[]).includes(s);

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

export type EventDataFor<T extends EventType> = T extends "ping" ? PingEventData : ConnectionEventData;

/** The body a receiver gets. */
export type EventPayload<T extends EventType = EventType> = {
  type: T;
  /** ISO 8601: when the change happened (the event row's creation time). */
  timestamp: string;
  data: EventDataFor<T>;
};
