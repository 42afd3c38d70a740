import { createMagicLink } from "@/lib/magic-links/create";
import { MagicLinkRequest } from "@/lib/partner-api/contract/connections";
import { apiJson, readJson, withApiKey } from "@/lib/partner-api/respond";

export const dynamic = "force-dynamic";

/** POST /api/v1/connections/{id}/magic-links — a Remote sign-in link for a company admin or employee (never logged or stored). */
export const POST = withApiKey<{ id: string }>({ route: "/api/v1/connections/{id}/magic-links", scope: "tokens:issue", connectionParam: true }, async (req, { params, actor }) => {
  const body = MagicLinkRequest.parse(await readJson(req));
  return apiJson(await createMagicLink(params.id, body, actor), 201);
});
