import { NextResponse } from "next/server";
import { browserNonce } from "@/lib/consent/cookies";
import { startAuthorization } from "@/lib/consent/flow";
import { startOptions } from "@/lib/connect-return/flow";
import { getEnv } from "@/lib/env";
import { browserRoute } from "@/lib/http/browser-route";
import { takePublicUnitFor } from "@/lib/rate-limit/public";
import { tooManyRequestsResponse } from "@/lib/rate-limit/refusal";

export const dynamic = "force-dynamic";

/** Public entry of the Authorization Code flow: anyone may start a consent for their own company. */
export const GET = browserRoute("connect.start", async (req: Request) => {
  // A refused return_url or popup request ends here, before a rate-limit unit or a row is written.
  const options = startOptions(new URL(req.url).searchParams);
  if (!options.ok) return NextResponse.redirect(`${getEnv().APP_URL}/connect/error?reason=${options.reason}`, 303);
  const gate = await takePublicUnitFor(req.headers);
  if (!gate.allowed) return tooManyRequestsResponse(gate.retryAfterSeconds);
  const nonce = (await browserNonce(true))!;
  const url = await startAuthorization({ browserNonce: nonce, returnUrl: options.returnUrl, popup: options.popup });
  return NextResponse.redirect(url, { status: 303, headers: { "Cache-Control": "no-store" } });
});

export async function POST(req: Request) {
  return NextResponse.redirect(`${getEnv().APP_URL}/connect/start${new URL(req.url).search}`, 303);
}
