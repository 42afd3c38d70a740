import { z } from "zod";
import { listApiConnections } from "@/lib/connections/queries";
import { CONNECTION_STATUSES } from "@/lib/connections/statuses";
import { connectionJson } from "@/lib/connections/view";
import { apiJson, withApiKey } from "@/lib/partner-api/respond";

export const dynamic = "force-dynamic";

const query = z.object({
  status: z.enum(CONNECTION_STATUSES).optional(),
  external_id: z.string().min(1).max(200).optional(),
  remote_company_id: z.string().min(1).max(100).optional(),
  // Far past any real list; bounds the OFFSET a caller can make the database skip.
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  page_size: z.coerce.number().int().min(1).max(200).default(50),
});

/** GET /api/v1/connections — filter by status, external_id, remote_company_id; paginated; never tokens. */
export const GET = withApiKey({ route: "/api/v1/connections", scope: "connections:read" }, async (req, { key }) => {
  const q = query.parse(Object.fromEntries(new URL(req.url).searchParams));
  const { items, total } = await listApiConnections({ status: q.status, externalId: q.external_id, remoteCompanyId: q.remote_company_id, externalIdPrefix: key.connectionExternalIdPrefix }, q.page, q.page_size);
  return apiJson({
    data: items.map(connectionJson),
    pagination: { page: q.page, page_size: q.page_size, total_count: total, total_pages: Math.max(1, Math.ceil(total / q.page_size)) },
  });
});
