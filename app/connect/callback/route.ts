import { NextResponse, type NextRequest } from "next/server";
import { browserNonce, setOutcome } from "@/lib/consent/cookies";
import { completeAuthorization } from "@/lib/consent/flow";
import { getEnv } from "@/lib/env";
import { browserRoute } from "@/lib/http/browser-route";

export const dynamic = "force-dynamic";

/**
 * Remote redirects the company admin here. The caller is identified by the state it carries and the
 * browser cookie bound to it; whatever happens (a database that is down included), the browser
 * leaves this URL (and its code) at once.
 */
export const GET = browserRoute("connect.callback", async (req: NextRequest) => {
  const base = getEnv().APP_URL;
  const result = await completeAuthorization(req.nextUrl.searchParams, await browserNonce(false));
  if (!result.ok) return NextResponse.redirect(`${base}/connect/error?reason=${result.reason}`, 303);
  await setOutcome({ companyName: result.companyName, reconnected: result.reconnected });
  return NextResponse.redirect(`${base}/connect/done`, 303);
});
