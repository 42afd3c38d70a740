import { z } from "zod";
import { getAccessToken } from "@/lib/connections/access-token";
import { apiJson, readJson, withApiKey } from "@/lib/partner-api/respond";

export const dynamic = "force-dynamic";

// Optional: a token Remote answered 401 to (revoked by Remote, e.g. after a client-secret rotation).
// If it is still the stored one it is replaced, once for all callers; otherwise the newer one is returned.
const Body = z.object({ rejected_token: z.string().min(1).max(4096).optional() }).strict();

/** POST /api/v1/connections/{id}/access-token — a company access token with enough life left. */
export const POST = withApiKey<{ id: string }>({ route: "/api/v1/connections/{id}/access-token", scope: "tokens:issue", connectionParam: true }, async (req, { params, actor }) => {
  const body = Body.parse(await readJson(req));
  const t = await getAccessToken(params.id, { actor, rejectedToken: body.rejected_token });
  return apiJson({
    access_token: t.accessToken,
    token_type: t.tokenType,
    expires_at: t.expiresAt.toISOString(),
    // Seconds left, as remote-flows' `auth` callback wants it ({accessToken, expiresIn}).
    expires_in: Math.max(0, Math.floor((t.expiresAt.getTime() - Date.now()) / 1000)),
    remote_company_id: t.remoteCompanyId,
  });
});
