import { disconnectConnection } from "@/lib/connections/disconnect";
import { findConnection } from "@/lib/connections/queries";
import { connectionJson } from "@/lib/connections/view";
import type { z } from "zod";
import type { ConnectionEnvelope, DisconnectedConnection } from "@/lib/partner-api/contract/connections";
import { ApiProblem, apiJson, withApiKey } from "@/lib/partner-api/respond";

export const dynamic = "force-dynamic";

export const GET = withApiKey<{ id: string }>({ route: "/api/v1/connections/{id}", scope: "connections:read", connectionParam: true }, async (_req, { params }) => {
  const c = await findConnection(params.id);
  if (!c) throw new ApiProblem("not_found", "No connection with this id.");
  const answer: z.infer<typeof ConnectionEnvelope> = { data: connectionJson(c) };
  return apiJson(answer);
});

/** DELETE /api/v1/connections/{id} — disconnect: tokens erased, audit event. */
export const DELETE = withApiKey<{ id: string }>({ route: "/api/v1/connections/{id}", scope: "connections:write", connectionParam: true }, async (_req, { params, actor }) => {
  await disconnectConnection(params.id, actor);
  const c = await findConnection(params.id);
  const answer: z.infer<typeof DisconnectedConnection> = { data: c && connectionJson(c) };
  return apiJson(answer);
});
