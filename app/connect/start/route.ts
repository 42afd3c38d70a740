import { NextResponse } from "next/server";
import { browserNonce } from "@/lib/consent/cookies";
import { startAuthorization } from "@/lib/consent/flow";
import { getEnv } from "@/lib/env";
import { browserRoute } from "@/lib/http/browser-route";

export const dynamic = "force-dynamic";

/** Public entry of the Authorization Code flow: anyone may start a consent for their own company. */
export const GET = browserRoute("connect.start", async () => {
  const nonce = (await browserNonce(true))!;
  const url = await startAuthorization({ browserNonce: nonce });
  return NextResponse.redirect(url, { status: 303, headers: { "Cache-Control": "no-store" } });
});

export async function POST() {
  return NextResponse.redirect(`${getEnv().APP_URL}/connect/start`, 303);
}
