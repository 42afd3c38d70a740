import { NextResponse } from "next/server";
import { browserNonce } from "@/lib/consent/cookies";
import { startAuthorization } from "@/lib/consent/flow";
import { getEnv } from "@/lib/env";
import { browserRoute } from "@/lib/http/browser-route";
import { takePublicUnitFor } from "@/lib/rate-limit/public";
import { tooManyRequestsResponse } from "@/lib/rate-limit/refusal";

export const dynamic = "force-dynamic";

/** Public entry of the Authorization Code flow: anyone may start a consent for their own company. */
export const GET = browserRoute("connect.start", async (req: Request) => {
  const gate = await takePublicUnitFor(req.headers);
  if (!gate.allowed) return tooManyRequestsResponse(gate.retryAfterSeconds);
  const nonce = (await browserNonce(true))!;
  const url = await startAuthorization({ browserNonce: nonce });
  return NextResponse.redirect(url, { status: 303, headers: { "Cache-Control": "no-store" } });
});

export async function POST() {
  return NextResponse.redirect(`${getEnv().APP_URL}/connect/start`, 303);
}
