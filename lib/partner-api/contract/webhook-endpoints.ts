// The partner's webhook receivers.
import { z } from "zod";
import { DateTime } from "./common";

export const CreateWebhookEndpointRequest = z
  .object({
    url: z.string().meta({ description: "https (http only for loopback in emulator mode); checked against private networks.", example: "https://app.example.com/hooks/remote-connect" }),
    events: z.array(z.string()).nullable().optional().meta({ description: "Event types to receive; null or omitted = every event. `remote.*` = every relayed Remote event.", example: ["connection.needs_reconnect", "remote.*"] }),
    description: z.string().nullable().optional(),
  })
  .strict()
  .meta({ id: "CreateWebhookEndpointRequest" });

const nullableTime = DateTime.nullable();
export const WebhookEndpoint = z
  .object({
    id: z.string(),
    url: z.string(),
    description: z.string().nullable(),
    events: z.array(z.string()).nullable().meta({ description: "null = every event." }),
    created_at: DateTime,
    disabled_at: nullableTime,
    disabled_reason: z.string().nullable(),
    failing_since: nullableTime,
    last_success_at: nullableTime,
    previous_secret_expires_at: nullableTime.meta({ description: "After a rotation: until when the old secret still signs." }),
  })
  .strict()
  .meta({ id: "WebhookEndpoint", description: "Never a secret." });

export const WebhookEndpointList = z.object({ data: z.array(WebhookEndpoint) }).strict().meta({ id: "WebhookEndpointList" });
export const WebhookEndpointEnvelope = z.object({ data: WebhookEndpoint }).strict().meta({ id: "WebhookEndpointResponse" });
export const CreatedWebhookEndpoint = WebhookEndpoint.extend({
  secret: z.string().meta({ description: "`whsec_…` signing secret: in this answer only.", example: "whsec_…" }),
}).meta({ id: "CreatedWebhookEndpoint" });
export const RotatedSecret = z
  .object({ secret: z.string().meta({ example: "whsec_…" }), previous_secret_expires_at: DateTime })
  .strict()
  .meta({ id: "RotatedSecret" });
export const WebhookTestQueued = z.object({ event_id: z.string().meta({ description: "The `webhook-id` of the queued ping." }) }).strict().meta({ id: "WebhookTestQueued" });
