import { mintBrowserSession } from "@/lib/browser-sessions/mint";
import { BrowserSessionRequest } from "@/lib/partner-api/contract/connections";
import { apiJson, readJson, withApiKey } from "@/lib/partner-api/respond";

export const dynamic = "force-dynamic";

/** POST /api/v1/connections/{id}/browser-sessions — a 15-minute, read-only token for remote-flows in the partner's page. */
export const POST = withApiKey<{ id: string }>({ route: "/api/v1/connections/{id}/browser-sessions", scope: "tokens:issue", connectionParam: true }, async (req, { params, actor, key }) => {
  const body = BrowserSessionRequest.parse(await readJson(req));
  return apiJson(await mintBrowserSession({ connectionId: params.id, allowedOrigin: body.allowed_origin, actor, apiKeyId: key.id }), 201);
});
