// Remote's own webhooks for one company, as received by the relay: list and replay.
import { z } from "zod";
import { DateTime, Pagination, pageQuery } from "./common";

export const ListRemoteEventsQuery = z.object({
  event_type: z.string().min(1).max(100).optional().meta({ description: "Only this Remote event type.", example: "employment.onboarding.completed" }),
  ...pageQuery,
});

export const ReceivedRemoteEvent = z
  .object({
    id: z.string(),
    event_type: z.string().meta({ example: "employment.onboarding.completed" }),
    received_at: DateTime,
    event_id: z.string().nullable().meta({ description: "The outbox event (`remote.<event_type>`) that forwards it: the webhook-id partners receive." }),
    remote_event: z.unknown().meta({ description: "Remote's body exactly as received (null if it was not JSON)." }),
  })
  .strict()
  .meta({ id: "ReceivedRemoteEvent" });

export const RemoteEventList = z.object({ data: z.array(ReceivedRemoteEvent), pagination: Pagination }).strict().meta({ id: "RemoteEventList" });

const isoTime = z.iso.datetime({ offset: true, message: "must be an ISO 8601 date-time such as 2026-12-01T00:00:00Z" });
export const ReplayRequest = z
  .object({
    after: isoTime.meta({ example: "2026-12-01T00:00:00Z" }),
    before: isoTime.meta({ example: "2026-12-01T06:00:00Z" }),
    event_type: z.string().min(1).max(100).optional(),
  })
  .strict()
  .meta({ id: "ReplayRequest" });

export const ReplayAccepted = z.object({ requested: z.literal(true) }).strict().meta({ id: "ReplayAccepted" });
