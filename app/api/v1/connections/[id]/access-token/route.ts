import { getAccessToken } from "@/lib/connections/access-token";
import type { z } from "zod";
import { AccessTokenRequest, type AccessToken } from "@/lib/partner-api/contract/connections";
import { apiJson, readJson, withApiKey } from "@/lib/partner-api/respond";

export const dynamic = "force-dynamic";

/** POST /api/v1/connections/{id}/access-token — a company access token with enough life left. */
export const POST = withApiKey<{ id: string }>({ route: "/api/v1/connections/{id}/access-token", scope: "tokens:issue", connectionParam: true }, async (req, { params, actor }) => {
  const body = AccessTokenRequest.parse(await readJson(req));
  const t = await getAccessToken(params.id, { actor, rejectedToken: body.rejected_token });
  const answer: z.infer<typeof AccessToken> = {
    access_token: t.accessToken,
    token_type: t.tokenType,
    expires_at: t.expiresAt.toISOString(),
    // Seconds left, as remote-flows' `auth` callback wants it ({accessToken, expiresIn}).
    expires_in: Math.max(0, Math.floor((t.expiresAt.getTime() - Date.now()) / 1000)),
    remote_company_id: t.remoteCompanyId,
  };
  return apiJson(answer);
});
