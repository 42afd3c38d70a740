import { z } from "zod";
import { checkReturnUrl } from "@/lib/connect-return";
import { createCreateCompanyLink, MAX_CREATE_LINK_TTL_SECONDS } from "@/lib/create-company-links/service";
import { prefillSchema } from "@/lib/create-company-links/prefill";
import { requireExternalIdInKeyScope } from "@/lib/api-keys/policy";
import { apiJson, readJson, withApiKey } from "@/lib/partner-api/respond";

export const dynamic = "force-dynamic";

const body = z
  .object({
    external_id: z.string().trim().min(1).max(200),
    return_url: z.string().max(2000).refine((u) => checkReturnUrl(u).ok, "return_url must be on an origin listed in CONNECT_RETURN_ORIGINS").optional(),
    prefill: prefillSchema.optional(),
    lock_owner_email: z.boolean().optional(),
    expires_in_seconds: z.number().int().min(60).max(MAX_CREATE_LINK_TTL_SECONDS).optional(),
    note: z.string().trim().max(500).optional(),
  })
  .strict()
  .refine((b) => !b.lock_owner_email || !!b.prefill?.owner_email, { message: "lock_owner_email needs prefill.owner_email", path: ["lock_owner_email"] });

/** POST /api/v1/create-company-links — a single-use, prefilled invitation to create a Remote company. */
export const POST = withApiKey({ route: "/api/v1/create-company-links", scope: "connections:write" }, async (req, { actor, key }) => {
  const b = body.parse(await readJson(req));
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
  return apiJson({ id: link.id, url: link.url, expires_at: link.expiresAt.toISOString(), external_id: link.externalId }, 201);
});
