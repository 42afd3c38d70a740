// A separate app process for the per-key rate limit: N calls of GET /api/v1/connections with one key,
// C at a time, through the route handler; prints one JSON line with each answer's status and headers.
import { GET } from "../../../app/api/v1/connections/route";
import { getDb } from "../../../lib/db";

type Route = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function main() {
  const [key, count, concurrency] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
  await getDb().apiKey.count(); // connect before the start signal
  if (process.env.WAIT_FOR_GO) await new Promise((r) => process.stdin.once("data", r));
  const results: { status: number; remaining: string | null; retryAfter: string | null }[] = [];
  let started = 0;
  const lanes = Array.from({ length: concurrency }, async () => {
    while (started < count) {
      started++;
      const req = new Request("http://localhost:3999/api/v1/connections", { headers: { authorization: `Bearer ${key}` } });
      const res = await (GET as unknown as Route)(req, { params: Promise.resolve({}) });
      await res.arrayBuffer();
      results.push({ status: res.status, remaining: res.headers.get("ratelimit-remaining"), retryAfter: res.headers.get("retry-after") });
    }
  });
  await Promise.all(lanes);
  process.stdout.write(JSON.stringify({ pid: process.pid, results }) + "\n", () => process.exit(0));
}

main();
