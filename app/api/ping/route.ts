export const dynamic = "force-dynamic";

/** Liveness without touching the database or Remote; also the baseline of the HTTP benchmark. */
export function GET() {
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
