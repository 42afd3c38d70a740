import { z } from "zod";
import { createMagicLink } from "@/lib/magic-links/create";
import { apiJson, readJson, withApiKey } from "@/lib/partner-api/respond";

export const dynamic = "force-dynamic";

const Id = z.string().trim().min(1).max(100);
const Body = z.object({ user_id: Id.optional(), employment_id: Id.optional(), path: z.string().max(4000).optional() }).strict();

/** POST /api/v1/connections/{id}/magic-links — a Remote sign-in link for a company admin or employee (never logged or stored). */
export const POST = withApiKey<{ id: string }>({ route: "/api/v1/connections/{id}/magic-links", scope: "tokens:issue", connectionParam: true }, async (req, { params, actor }) => {
  const body = Body.parse(await readJson(req));
  return apiJson(await createMagicLink(params.id, body, actor), 201);
});
