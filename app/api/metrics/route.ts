import { scrape } from "@/lib/metrics/exposition";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

/** Prometheus text format for `Authorization: Bearer <METRICS_TOKEN>`; 404 while METRICS_TOKEN is unset. */
export async function GET(req: Request): Promise<Response> {
  const r = await scrape(req.headers.get("authorization"));
  if (r.status === 404) return new Response("Not Found", { status: 404, headers: NO_STORE });
  if (r.status !== 200) return new Response("Unauthorized", { status: 401, headers: { ...NO_STORE, "WWW-Authenticate": 'Bearer realm="metrics"' } });
  return new Response(r.body, { status: 200, headers: { ...NO_STORE, "Content-Type": r.contentType } });
}
