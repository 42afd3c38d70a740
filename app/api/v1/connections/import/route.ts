import { importForApiKey } from "@/lib/connections/import-api";
import { ImportRequest } from "@/lib/partner-api/contract/import";
import { apiJson, readJson, withApiKey } from "@/lib/partner-api/respond";

export const dynamic = "force-dynamic";
// Up to 100 tokens, each waiting for the shared rate budget: give the request its full minute.
export const maxDuration = 60;

/** POST /api/v1/connections/import — verify and store refresh tokens the partner already holds. */
export const POST = withApiKey({ route: "/api/v1/connections/import", scope: "connections:write" }, async (req, { actor, key }) => {
  const body = ImportRequest.parse(await readJson(req));
  return apiJson(await importForApiKey(body, key, actor));
});
