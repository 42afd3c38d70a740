import { logoResponse } from "@/lib/brand/logo-response";

export const dynamic = "force-dynamic";

/** The uploaded logo, public like the pages that show it. */
export async function GET(request: Request): Promise<Response> {
  return logoResponse(new URL(request.url).searchParams.get("v"));
}
