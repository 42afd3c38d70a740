import { NextResponse } from "next/server";
import { browserNonce } from "@/lib/consent/cookies";
import { startAuthorization } from "@/lib/consent/flow";
import { startOptions } from "@/lib/connect-return/flow";
import { currentStaff } from "@/lib/auth/guards";
import { mayStart } from "@/lib/public-entry/policy";
import { getEnv } from "@/lib/env";
import { browserRoute } from "@/lib/http/browser-route";
import { withHttpMetrics } from "@/lib/metrics/http";
import { takePublicUnitFor } from "@/lib/rate-limit/public";
import { tooManyRequestsResponse } from "@/lib/rate-limit/refusal";

export const dynamic = "force-dynamic";

/** Link-less entry of the Authorization Code flow: open to anyone unless PUBLIC_ENTRY=none (then admins only). */
export const GET = withHttpMetrics("/connect/start", browserRoute("connect.start", async (req: Request) => {
  // Refusals (PUBLIC_ENTRY, a return_url or popup request) end here, before a rate-limit unit, cookie or row is written.
  // The session is looked up only when the public may not start: the common path stays a cookie-free check.
  const open = mayStart("connect", { link: false, staff: false }) || (await currentStaff())?.role === "admin";
  if (!open) return NextResponse.redirect(`${getEnv().APP_URL}/connect/error?reason=link_required`, 303);
  const options = startOptions(new URL(req.url).searchParams);
  if (!options.ok) return NextResponse.redirect(`${getEnv().APP_URL}/connect/error?reason=${options.reason}`, 303);
  const gate = await takePublicUnitFor(req.headers);
  if (!gate.allowed) return tooManyRequestsResponse(gate.retryAfterSeconds);
  const nonce = (await browserNonce(true))!;
  const url = await startAuthorization({ browserNonce: nonce, returnUrl: options.returnUrl, popup: options.popup });
  return NextResponse.redirect(url, { status: 303, headers: { "Cache-Control": "no-store" } });
}));

export async function POST(req: Request) {
  return NextResponse.redirect(`${getEnv().APP_URL}/connect/start${new URL(req.url).search}`, 303);
}
