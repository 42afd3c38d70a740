import type { z } from "zod";
import { createConnectLink } from "@/lib/connect-links/service";
import { checkReturnUrl } from "@/lib/connect-return";
import { requireExternalIdInKeyScope } from "@/lib/api-keys/policy";
import { ConnectLinkRequest, type ConnectLink } from "@/lib/partner-api/contract/links";
import { ApiProblem, apiJson, readJson, withApiKey } from "@/lib/partner-api/respond";

export const dynamic = "force-dynamic";

/** POST /api/v1/connect-links — a single-use link to send to a company admin. */
export const POST = withApiKey({ route: "/api/v1/connect-links", scope: "connections:write" }, async (req, { actor, key }) => {
  const b = ConnectLinkRequest.parse(await readJson(req));
  requireExternalIdInKeyScope(key, b.external_id);
  const returnUrl = b.return_url === undefined ? null : checkReturnUrl(b.return_url);
  if (returnUrl && !returnUrl.ok) throw new ApiProblem("invalid_request", `return_url: ${returnUrl.message}`);
  const link = await createConnectLink({ externalId: b.external_id, expiresInSeconds: b.expires_in_seconds, note: b.note, returnUrl: returnUrl?.url, actor });
  const answer: z.infer<typeof ConnectLink> = { id: link.id, url: link.url, expires_at: link.expiresAt.toISOString(), external_id: link.externalId, return_url: link.returnUrl };
  return apiJson(answer, 201);
});
