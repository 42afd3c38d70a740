// A separate app process for the proxy burst: N proxied GETs, C at a time, through the route handler
// (real Requests, as Next would pass them), optionally a forced token refresh in the middle of the
// burst; prints one JSON line with what each caller got.
import { GET } from "../../../app/api/v1/connections/[id]/remote/[...path]/route";
import { refreshConnectionNow } from "../../../lib/connections/access-token";
import { getDb } from "../../../lib/db";

type Route = (req: Request, ctx: { params: Promise<{ id: string; path: string[] }> }) => Promise<Response>;

async function main() {
  const [connectionId, key, count, concurrency, refreshId] = [process.argv[2], process.argv[3], Number(process.argv[4]), Number(process.argv[5]), process.argv[6]];
  await getDb().connection.findUnique({ where: { id: connectionId }, select: { id: true } });
  if (process.env.WAIT_FOR_GO) await new Promise((r) => process.stdin.once("data", r));
  const call = async () => {
    const t0 = performance.now();
    const req = new Request(`http://localhost:3999/api/v1/connections/${connectionId}/remote/v1/employments`, { headers: { authorization: `Bearer ${key}` } });
    const res = await (GET as unknown as Route)(req, { params: Promise.resolve({ id: connectionId, path: ["v1", "employments"] }) });
    const text = await res.text();
    const own = res.headers.get("x-remote-connect-error");
    const message = own ? (JSON.parse(text) as { error: { message: string } }).error.message : undefined;
    return { status: res.status, own, message, retryAfter: res.headers.get("retry-after"), ms: performance.now() - t0 };
  };
  const refresh = refreshId
    ? new Promise((r) => setTimeout(r, 300)).then(async () => {
        const t0 = performance.now();
        try {
          await refreshConnectionNow(refreshId, { type: "system" });
          return { ok: true, ms: performance.now() - t0 };
        } catch (e) {
          return { ok: false, error: (e as { code?: string }).code ?? String(e), ms: performance.now() - t0 };
        }
      })
    : Promise.resolve(null);
  // As fast as a client with `concurrency` connections can go: every call starts the moment one ends.
  const results: Awaited<ReturnType<typeof call>>[] = [];
  let inFlight = 0;
  const lanes = Array.from({ length: Math.min(concurrency, count) }, async () => {
    while (results.length + inFlight < count) {
      inFlight++;
      const r = await call();
      inFlight--;
      results.push(r);
    }
  });
  const [, refreshed] = await Promise.all([Promise.all(lanes), refresh]);
  process.stdout.write(JSON.stringify({ pid: process.pid, results, refreshed }) + "\n", () => process.exit(0));
}

main();
