import type { z } from "zod";
import { ListRemoteEventsQuery, type RemoteEventList } from "@/lib/partner-api/contract/remote-events";
import { relayCall } from "@/lib/partner-api/remote-events";
import { apiJson, withApiKey } from "@/lib/partner-api/respond";
import { listReceivedRemoteEvents } from "@/lib/remote-events/list";

export const dynamic = "force-dynamic";

/** GET /api/v1/connections/{id}/remote-events — the company's Remote webhooks as received, newest first. */
export const GET = withApiKey<{ id: string }>({ route: "/api/v1/connections/{id}/remote-events", scope: "connections:read", connectionParam: true }, async (req, { params }) => {
  const q = ListRemoteEventsQuery.parse(Object.fromEntries(new URL(req.url).searchParams));
  const { items, total } = await relayCall(() => listReceivedRemoteEvents(params.id, { page: q.page, pageSize: q.page_size, eventType: q.event_type }));
  const answer: z.infer<typeof RemoteEventList> = { data: items, pagination: { page: q.page, page_size: q.page_size, total_count: total, total_pages: Math.max(1, Math.ceil(total / q.page_size)) } };
  return apiJson(answer);
});
