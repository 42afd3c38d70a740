import { endpointCall, endpointNotFound } from "@/lib/partner-api/webhook-endpoints";
import { apiJson, withApiKey } from "@/lib/partner-api/respond";
import { sendWebhookTest } from "@/lib/webhooks/endpoints";

export const dynamic = "force-dynamic";

/** POST /api/v1/webhook-endpoints/{id}/test — queues a signed `ping` to this endpoint only. */
export const POST = withApiKey<{ id: string }>({ route: "/api/v1/webhook-endpoints/{id}/test", scope: "webhooks:manage" }, async (_req, { params, actor }) => {
  const sent = await endpointCall(() => sendWebhookTest(params.id, actor));
  if (!sent) throw endpointNotFound();
  return apiJson({ event_id: sent.eventId }, 202);
});
