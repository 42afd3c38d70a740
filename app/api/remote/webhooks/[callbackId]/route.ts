import { withHttpMetrics } from "@/lib/metrics/http";
import { receiveRemoteWebhook } from "@/lib/remote-events/receive";

export const dynamic = "force-dynamic";

/**
 * POST /api/remote/webhooks/{callbackId} — Remote delivers a company's webhook here. No session or
 * API key: the signature made with that callback's signing key is the authentication.
 */
export const POST = withHttpMetrics("/api/remote/webhooks/{callbackId}", async (req: Request, ctx: { params: Promise<{ callbackId: string }> }): Promise<Response> => {
  const { callbackId } = await ctx.params;
  return receiveRemoteWebhook(callbackId, req);
});
