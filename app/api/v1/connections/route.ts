import { listApiConnections } from "@/lib/connections/queries";
import { connectionJson } from "@/lib/connections/view";
import type { z } from "zod";
import { ListConnectionsQuery, type ConnectionList } from "@/lib/partner-api/contract/connections";
import { apiJson, withApiKey } from "@/lib/partner-api/respond";

export const dynamic = "force-dynamic";

/** GET /api/v1/connections — filter by status, external_id, remote_company_id; paginated; never tokens. */
export const GET = withApiKey({ route: "/api/v1/connections", scope: "connections:read" }, async (req, { key }) => {
  const q = ListConnectionsQuery.parse(Object.fromEntries(new URL(req.url).searchParams));
  const { items, total } = await listApiConnections({ status: q.status, externalId: q.external_id, remoteCompanyId: q.remote_company_id, externalIdPrefix: key.connectionExternalIdPrefix }, q.page, q.page_size);
  const answer: z.infer<typeof ConnectionList> = {
    data: items.map(connectionJson),
    pagination: { page: q.page, page_size: q.page_size, total_count: total, total_pages: Math.max(1, Math.ceil(total / q.page_size)) },
  };
  return apiJson(answer);
});
