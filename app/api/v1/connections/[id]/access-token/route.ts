import { getAccessToken } from "@/lib/connections/access-token";
import { apiJson, withApiKey } from "@/lib/partner-api/respond";

export const dynamic = "force-dynamic";

/** POST /api/v1/connections/{id}/access-token — a company access token with enough life left. */
export const POST = withApiKey<{ id: string }>(async (_req, { params, actor }) => {
  const t = await getAccessToken(params.id, { actor });
  return apiJson({
    access_token: t.accessToken,
    token_type: t.tokenType,
    expires_at: t.expiresAt.toISOString(),
    remote_company_id: t.remoteCompanyId,
  });
});
