import { endpointNotFound } from "@/lib/partner-api/webhook-endpoints";
import type { z } from "zod";
import type { RotatedSecret } from "@/lib/partner-api/contract/webhook-endpoints";
import { apiJson, withApiKey } from "@/lib/partner-api/respond";
import { rotateWebhookSecret } from "@/lib/webhooks/endpoints";

export const dynamic = "force-dynamic";

/** POST /api/v1/webhook-endpoints/{id}/rotate-secret — a new secret; the old one still signs for 24 h. */
export const POST = withApiKey<{ id: string }>({ route: "/api/v1/webhook-endpoints/{id}/rotate-secret", scope: "webhooks:manage" }, async (_req, { params, actor }) => {
  const rotated = await rotateWebhookSecret(params.id, actor);
  if (!rotated) throw endpointNotFound();
  const answer: z.infer<typeof RotatedSecret> = { secret: rotated.secret, previous_secret_expires_at: rotated.previousSecretExpiresAt.toISOString() };
  return apiJson(answer);
});
