import { ReplayRequest } from "@/lib/partner-api/contract/remote-events";
import { relayCall } from "@/lib/partner-api/remote-events";
import { apiJson, readJson, withApiKey } from "@/lib/partner-api/respond";
import { requestReplay } from "@/lib/remote-events/replay";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/connections/{id}/remote-events/replay {after, before, event_type?} — asks Remote to
 * send that window of the company's webhooks again; what was already received is dropped on arrival.
 */
export const POST = withApiKey<{ id: string }>({ route: "/api/v1/connections/{id}/remote-events/replay", scope: "webhooks:manage", connectionParam: true }, async (req, { params, actor }) => {
  const body = ReplayRequest.parse(await readJson(req));
  const window = { after: new Date(body.after), before: new Date(body.before), eventType: body.event_type };
  await relayCall(() => requestReplay(params.id, window, actor));
  return apiJson({ requested: true }, 202);
});
