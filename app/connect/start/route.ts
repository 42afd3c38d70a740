import { NextResponse } from "next/server";
import { browserNonce } from "@/lib/consent/cookies";
import { startAuthorization } from "@/lib/consent/flow";
import { getEnv } from "@/lib/env";

export const dynamic = "force-dynamic";

/** Public entry of the Authorization Code flow: anyone may start a consent for their own company. */
export async function GET() {
  const nonce = (await browserNonce(true))!;
  const url = await startAuthorization({ browserNonce: nonce });
  return NextResponse.redirect(url, { status: 303, headers: { "Cache-Control": "no-store" } });
}

export async function POST() {
  return NextResponse.redirect(`${getEnv().APP_URL}/connect/start`, 303);
}
