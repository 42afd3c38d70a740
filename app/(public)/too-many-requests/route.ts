import type { NextRequest } from "next/server";
import { tooManyRequestsResponse } from "@/lib/rate-limit/refusal";

export const dynamic = "force-dynamic";

/**
 * The 429 page for public pages over their rate limit (a page cannot set its own status). It reads
 * nothing and writes nothing, so it is not limited itself.
 */
export function GET(req: NextRequest) {
  return tooManyRequestsResponse(Number(req.nextUrl.searchParams.get("retry")));
}
