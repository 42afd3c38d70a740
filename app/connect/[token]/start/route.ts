import { NextResponse } from "next/server";
import { resolveConnectLink } from "@/lib/connect-links/service";
import { browserNonce } from "@/lib/consent/cookies";
import { startAuthorization } from "@/lib/consent/flow";
import { startOptions } from "@/lib/connect-return/flow";
import { getEnv } from "@/lib/env";
import { browserRoute } from "@/lib/http/browser-route";
import { takePublicUnitFor } from "@/lib/rate-limit/public";
import { tooManyRequestsResponse } from "@/lib/rate-limit/refusal";

export const dynamic = "force-dynamic";

/** The connect-link variant: the link is checked here and consumed only when the connection is stored. */
export const GET = browserRoute("connect.link_start", async (req: Request, ctx: { params: Promise<{ token: string }> }) => {
  const gate = await takePublicUnitFor(req.headers);
  if (!gate.allowed) return tooManyRequestsResponse(gate.retryAfterSeconds);
  const { token } = await ctx.params;
  const link = await resolveConnectLink(token);
  if (!link.ok) return NextResponse.redirect(`${getEnv().APP_URL}/connect/error?reason=${link.reason}`, 303);
  // The link's own return_url (set by the partner when minting it) is the only one it honours.
  const options = startOptions(new URL(req.url).searchParams, link);
  if (!options.ok) return NextResponse.redirect(`${getEnv().APP_URL}/connect/error?reason=${options.reason}`, 303);
  const nonce = (await browserNonce(true))!;
  const url = await startAuthorization({ browserNonce: nonce, connectLinkId: link.id, returnUrl: options.returnUrl, popup: options.popup });
  return NextResponse.redirect(url, { status: 303, headers: { "Cache-Control": "no-store" } });
});
