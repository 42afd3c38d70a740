"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { failure, recordId } from "@/lib/auth/action-result";
import { adminAction } from "@/lib/auth/admin-action";
import { formatDateTime } from "@/lib/console/format";
import { redeliverWebhook } from "@/lib/webhooks/redeliver";
import { createWebhookEndpoint, deleteWebhookEndpoint, rotateWebhookSecret, sendWebhookTest, setWebhookEndpointDisabled, WebhookEndpointError } from "@/lib/webhooks/endpoints";

const PATH = "/console/webhooks";
// The service's own messages are written for people ("The URL resolves to a private address.").
const expected = (e: unknown) => (e instanceof WebhookEndpointError ? e.message : undefined);
const endpointInput = z.object({ endpointId: recordId });
const GONE = "This endpoint does not exist any more.";

const createInput = z.object({
  url: z.string().max(2048, "The URL is longer than 2048 characters."),
  description: z.string().max(500, "The description is longer than 500 characters.").optional(),
  events: z.array(z.string().max(100)).max(20).default([]),
});

/** Registers an endpoint; its signing secret is in this reply only, never on a page. */
export const createWebhookEndpointAction = adminAction(
  createInput,
  async ({ url, description, events }, { actor }) => {
    // No box ticked means every event, including ones added later.
    const { endpoint, secret } = await createWebhookEndpoint({ url, description, events: events.length ? events : null }, actor);
    revalidatePath(PATH);
    return { ok: true, message: `Endpoint ${endpoint.url} created. Copy its signing secret now: it is shown only once.`, data: { endpointId: endpoint.id, secret } };
  },
  { what: "create the endpoint", expected },
);

export const rotateWebhookSecretAction = adminAction(
  endpointInput,
  async ({ endpointId }, { actor }) => {
    const rotated = await rotateWebhookSecret(endpointId, actor);
    if (!rotated) return failure(GONE);
    revalidatePath(`${PATH}/${endpointId}`);
    const until = formatDateTime(rotated.previousSecretExpiresAt);
    return { ok: true, message: `New secret created. Deliveries carry signatures from both secrets until ${until}.`, data: { secret: rotated.secret, previousSecretExpiresAt: until } };
  },
  { what: "rotate the secret", invalid: "Unknown endpoint.", expected },
);

export const setWebhookEndpointDisabledAction = adminAction(
  endpointInput.extend({ disabled: z.boolean() }),
  async ({ endpointId, disabled }, { actor }) => {
    const view = await setWebhookEndpointDisabled(endpointId, disabled, actor);
    if (!view) return failure(GONE);
    revalidatePath(PATH);
    revalidatePath(`${PATH}/${endpointId}`);
    return { ok: true, message: disabled ? "Endpoint disabled: nothing is delivered to it until it is enabled." : "Endpoint enabled: queued deliveries go out again." };
  },
  { what: "change the endpoint", invalid: "Unknown endpoint.", expected },
);

export const deleteWebhookEndpointAction = adminAction(
  endpointInput,
  async ({ endpointId }, { actor }) => {
    const deleted = await deleteWebhookEndpoint(endpointId, actor);
    revalidatePath(PATH);
    return deleted ? { ok: true, message: "Endpoint deleted." } : failure(GONE);
  },
  { what: "delete the endpoint", invalid: "Unknown endpoint.", expected },
);

export const sendWebhookTestAction = adminAction(
  endpointInput,
  async ({ endpointId }, { actor }) => {
    const sent = await sendWebhookTest(endpointId, actor);
    if (!sent) return failure(GONE);
    revalidatePath(`${PATH}/${endpointId}`);
    return { ok: true, message: `Test event ${sent.eventId} (ping) queued; it appears in the deliveries below within seconds.`, data: sent };
  },
  { what: "send the test event", invalid: "Unknown endpoint.", expected },
);

/** Queues one delivery again (same event, same webhook-id), whatever its state. */
export const redeliverWebhookAction = adminAction(
  z.object({ deliveryId: recordId }),
  async ({ deliveryId }, { actor }) => {
    const queued = await redeliverWebhook(deliveryId, actor);
    if (!queued) return failure("This delivery does not exist any more.");
    revalidatePath(PATH, "layout");
    return { ok: true, message: "Queued again: it goes out within seconds, with the same webhook-id." };
  },
  { what: "redeliver the event", invalid: "Unknown delivery." },
);
