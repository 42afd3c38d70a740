import { CreateWebhookEndpointRequest } from "@/lib/partner-api/contract/webhook-endpoints";
import { endpointCall, endpointJson } from "@/lib/partner-api/webhook-endpoints";
import { apiJson, readJson, withApiKey } from "@/lib/partner-api/respond";
import { createWebhookEndpoint, listWebhookEndpoints } from "@/lib/webhooks/endpoints";

export const dynamic = "force-dynamic";

/** GET /api/v1/webhook-endpoints — every endpoint with its status; never a secret. */
export const GET = withApiKey({ route: "/api/v1/webhook-endpoints", scope: "webhooks:manage" }, async () => {
  const endpoints = await listWebhookEndpoints();
  return apiJson({ data: endpoints.map(endpointJson) });
});

/** POST /api/v1/webhook-endpoints — registers a receiver; the signing secret is in this reply only. */
export const POST = withApiKey({ route: "/api/v1/webhook-endpoints", scope: "webhooks:manage" }, async (req, { actor }) => {
  const b = CreateWebhookEndpointRequest.parse(await readJson(req));
  const { endpoint, secret } = await endpointCall(() => createWebhookEndpoint({ url: b.url, events: b.events, description: b.description }, actor));
  return apiJson({ ...endpointJson(endpoint), secret }, 201);
});
