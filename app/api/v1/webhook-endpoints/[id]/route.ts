import { endpointJson, endpointNotFound } from "@/lib/partner-api/webhook-endpoints";
import { withApiKey, apiJson } from "@/lib/partner-api/respond";
import { deleteWebhookEndpoint, getWebhookEndpoint } from "@/lib/webhooks/endpoints";

export const dynamic = "force-dynamic";

export const GET = withApiKey<{ id: string }>({ route: "/api/v1/webhook-endpoints/{id}", scope: "webhooks:manage" }, async (_req, { params }) => {
  const endpoint = await getWebhookEndpoint(params.id);
  if (!endpoint) throw endpointNotFound();
  return apiJson({ data: endpointJson(endpoint) });
});

/** DELETE /api/v1/webhook-endpoints/{id} — stops deliveries and removes their history. */
export const DELETE = withApiKey<{ id: string }>({ route: "/api/v1/webhook-endpoints/{id}", scope: "webhooks:manage" }, async (_req, { params, actor }) => {
  if (!(await deleteWebhookEndpoint(params.id, actor))) throw endpointNotFound();
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});
