// What our outbox POSTs to partner webhook endpoints (lib/events catalogue), signed per Standard Webhooks.
import { z } from "zod";
import { CONNECTION_EVENT_TYPES, type ConnectionEventType, type EventPayload, type RemoteEventType } from "../../events/catalogue";
import { CONNECTION_STATUSES } from "../../connections/statuses";
import { DateTime } from "./common";

const EventConnection = z
  .object({
    id: z.string(),
    external_id: z.string().nullable().meta({ example: "acct_42" }),
    remote_company_id: z.string(),
    company_name: z.string().meta({ example: "Acme Ltd" }),
    status: z.string().meta({ description: `The connection status: ${CONNECTION_STATUSES.join(", ")}.`, example: "connected" }),
    environment: z.string().meta({ example: "production" }),
  })
  .meta({ id: "EventConnection" });

export const ConnectionEventData = z
  .object({
    connection: EventConnection,
    reason: z.string().optional().meta({ description: "For failures: a machine-readable code such as invalid_grant or temporarily_unavailable." }),
    reconnect_url: z.string().optional().meta({ description: "connection.needs_reconnect: a connect link for the same company and external id, to mail on." }),
  })
  .meta({ id: "ConnectionEventData" });

export function connectionEvent(type: ConnectionEventType) {
  return z
    .object({ type: z.literal(type), timestamp: DateTime.meta({ description: "When the change happened." }), data: ConnectionEventData })
    .meta({ example: { type, timestamp: "2026-12-01T09:30:00.000Z", data: { connection: { id: "cmc1x2y3z0000abcd1234efgh", external_id: "acct_42", remote_company_id: "9c7b2c4e-0d0b-4c1a-9d55-0f4e1f0a6a11", company_name: "Acme Ltd", status: "connected", environment: "production" } } } });
}

export const PingEvent = z
  .object({ type: z.literal("ping"), timestamp: DateTime, data: z.object({}).strict() })
  .meta({ id: "PingEvent", description: "Sent by POST /api/v1/webhook-endpoints/{id}/test to that endpoint only." });

export const RemoteEvent = z
  .object({
    type: z.string().regex(/^remote\.[a-z][a-z0-9_.]{0,99}$/).meta({ description: "`remote.` + Remote's event_type.", example: "remote.employment.onboarding.completed" }),
    timestamp: DateTime,
    data: z.object({
      connection: EventConnection.pick({ id: true, external_id: true, remote_company_id: true, company_name: true }),
      remote_event: z.record(z.string(), z.unknown()).meta({ description: "Remote's body exactly as received (event_type, company_id, the resource ids).", example: { event_type: "employment.onboarding.completed", company_id: "9c7b…", employment_id: "0d6c…" } }),
      received_at: DateTime.meta({ description: "When Remote Connect accepted Remote's delivery." }),
    }),
  })
  .meta({ id: "RemoteEvent", description: "One of Remote's webhooks for a connected company, relayed." });

/** The events we deliver, by name as documented under `webhooks`. */
export const WEBHOOK_EVENTS = [...CONNECTION_EVENT_TYPES.map((t) => ({ name: t, schema: connectionEvent(t) })), { name: "ping", schema: PingEvent }, { name: "remote.*", schema: RemoteEvent }] as const;

// The catalogue's payload types must fit these schemas (compile-time guard against drift).
export function payloadsFit(c: EventPayload<ConnectionEventType>, r: EventPayload<RemoteEventType>): [z.infer<ReturnType<typeof connectionEvent>>, z.infer<typeof RemoteEvent>] {
  return [c, r];
}

export const WebhookIdHeader = z.string().meta({ description: "The event id: the same on every retry; dedupe on it.", example: "evt_01jf…" });
export const WebhookTimestampHeader = z.string().meta({ description: "Unix seconds of this attempt; reject stale ones.", example: "1764581400" });
export const WebhookSignatureHeader = z.string().meta({
  description: "Space-separated `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint secret (during a rotation, one per secret).",
  example: "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=",
});
