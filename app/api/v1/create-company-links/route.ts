import type { z } from "zod";
import { checkReturnUrl } from "@/lib/connect-return";
import { createCreateCompanyLink } from "@/lib/create-company-links/service";
import { requireExternalIdInKeyScope } from "@/lib/api-keys/policy";
import { CreateCompanyLinkRequest, type CreateCompanyLink } from "@/lib/partner-api/contract/links";
import { apiJson, readJson, withApiKey } from "@/lib/partner-api/respond";

export const dynamic = "force-dynamic";

/** POST /api/v1/create-company-links — a single-use, prefilled invitation to create a Remote company. */
export const POST = withApiKey({ route: "/api/v1/create-company-links", scope: "connections:write" }, async (req, { actor, key }) => {
  const b = CreateCompanyLinkRequest.parse(await readJson(req));
  requireExternalIdInKeyScope(key, b.external_id);
  const link = await createCreateCompanyLink({
    externalId: b.external_id,
    returnUrl: b.return_url ? (checkReturnUrl(b.return_url) as { ok: true; url: string }).url : null,
    prefill: b.prefill,
    lockOwnerEmail: b.lock_owner_email,
    expiresInSeconds: b.expires_in_seconds,
    note: b.note,
    actor,
  });
  const answer: z.infer<typeof CreateCompanyLink> = { id: link.id, url: link.url, expires_at: link.expiresAt.toISOString(), external_id: link.externalId };
  return apiJson(answer, 201);
});
