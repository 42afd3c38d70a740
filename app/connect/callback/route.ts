import { NextResponse, type NextRequest } from "next/server";
import { browserNonce, readOutcome, setOutcome } from "@/lib/consent/cookies";
import { completeAuthorization } from "@/lib/consent/flow";
import { callbackOutcome, endOfFlowUrl } from "@/lib/connect-return/flow";
import { getEnv } from "@/lib/env";
import { browserRoute } from "@/lib/http/browser-route";
import { withHttpMetrics } from "@/lib/metrics/http";
import { takePublicUnitFor } from "@/lib/rate-limit/public";
import { tooManyRequestsPath } from "@/lib/rate-limit/refusal";

export const dynamic = "force-dynamic";

/**
 * Remote redirects the company admin here. The caller is identified by the state it carries and the
 * browser cookie bound to it; whatever happens (a database that is down included), the browser
 * leaves this URL (and its code) at once.
 */
export const GET = withHttpMetrics("/connect/callback", browserRoute("connect.callback", async (req: NextRequest) => {
  const base = getEnv().APP_URL;
  const gate = await takePublicUnitFor(req.headers);
  // Even refused, the code must leave the address bar: the 429 page lives at its own URL.
  if (!gate.allowed) return NextResponse.redirect(`${base}${tooManyRequestsPath(gate.retryAfterSeconds)}`, 303);
  const result = await completeAuthorization(req.nextUrl.searchParams, await browserNonce(false));
  // The partner asked for its own page: the signed outcome goes there (never a code or token).
  if (result.target) return NextResponse.redirect(endOfFlowUrl(result.target, callbackOutcome(result, result.target.externalId)), 303);
  if (!result.ok) return NextResponse.redirect(`${base}/connect/error?reason=${result.reason}`, 303);
  // A replay shows the outcome this browser already holds (it knows whether it was a reconnect).
  if (!result.replayed || !(await readOutcome())) await setOutcome({ companyName: result.companyName, reconnected: result.reconnected });
  return NextResponse.redirect(`${base}/connect/done`, 303);
}));
