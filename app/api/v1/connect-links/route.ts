import { z } from "zod";
import { createConnectLink, MAX_LINK_TTL_SECONDS } from "@/lib/connect-links/service";
import { checkReturnUrl } from "@/lib/connect-return";
import { requireExternalIdInKeyScope } from "@/lib/api-keys/policy";
import { ApiProblem, apiJson, readJson, withApiKey } from "@/lib/partner-api/respond";

export const dynamic = "force-dynamic";

const body = z
  .object({
    external_id: z.string().trim().min(1).max(200).optional(),
    expires_in_seconds: z.number().int().min(60).max(MAX_LINK_TTL_SECONDS).optional(),
    note: z.string().trim().max(500).optional(),
    return_url: z.string().trim().min(1).optional(),
  })
  .strict();

/** POST /api/v1/connect-links — a single-use link to send to a company admin. */
export const POST = withApiKey({ route: "/api/v1/connect-links", scope: "connections:write" }, async (req, { actor, key }) => {
  const b = body.parse(await readJson(req));
  requireExternalIdInKeyScope(key, b.external_id);
  const returnUrl = b.return_url === undefined ? null : checkReturnUrl(b.return_url);
  if (returnUrl && !returnUrl.ok) throw new ApiProblem("invalid_request", `return_url: ${returnUrl.message}`);
  const link = await createConnectLink({ externalId: b.external_id, expiresInSeconds: b.expires_in_seconds, note: b.note, returnUrl: returnUrl?.url, actor });
  return apiJson({ id: link.id, url: link.url, expires_at: link.expiresAt.toISOString(), external_id: link.externalId, return_url: link.returnUrl }, 201);
});
