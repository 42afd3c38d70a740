// A partner's webhook receiver as its own process: verifies every request with the standardwebhooks
// library (any of the secrets in argv[2], comma-separated) and answers according to the path:
//   /ok 204 · /fail 500 · /slow answers 200 after 3 s · /redirect 302 to /ok · /gone 410
//   /busy 429 with Retry-After: 120 · /big 200 with a 5 KB body.
//   Per webhook-id: /fail-twice 500 to the first two requests, then 204 · /hang-first never answers the
//   first request (until the sender gives up), then 204.
// Every log entry carries `at` (ms since the epoch, when the request was complete).
// GET /log returns what it received. Prints {"port"} once listening.
import http from "node:http";
import { Webhook } from "standardwebhooks";

type Received = { at: number; path: string; host?: string; contentType?: string; id?: string; verified: boolean; error?: string; body: string };

const verifiers = process.argv[2].split(",").map((s) => new Webhook(s));
const log: Received[] = [];
const seen = new Map<string, number>();

function verify(body: string, headers: http.IncomingHttpHeaders): { verified: boolean; error?: string } {
  const errors: string[] = [];
  for (const v of verifiers) {
    try {
      v.verify(body, headers as Record<string, string>);
      return { verified: true };
    } catch (e) {
      errors.push((e as Error).message);
    }
  }
  return { verified: false, error: errors.join("; ") };
}

const server = http.createServer((req, res) => {
  const path = new URL(req.url ?? "/", "http://receiver").pathname;
  if (req.method === "GET" && path === "/log") {
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(log));
    return;
  }
  let body = "";
  req.on("data", (c: Buffer) => (body += c.toString()));
  req.on("end", () => {
    const id = req.headers["webhook-id"] as string | undefined;
    const nth = (seen.get(`${path} ${id}`) ?? 0) + 1;
    seen.set(`${path} ${id}`, nth);
    log.push({ at: Date.now(), path, host: req.headers.host, contentType: req.headers["content-type"], id, body, ...verify(body, req.headers) });
    switch (path) {
      case "/ok":
        return res.writeHead(204).end();
      case "/fail":
        return res.writeHead(500).end("receiver broke");
      case "/slow":
        return setTimeout(() => res.writeHead(200).end("late"), 3000);
      case "/redirect":
        return res.writeHead(302, { location: "/ok" }).end();
      case "/gone":
        return res.writeHead(410).end("endpoint removed");
      case "/busy":
        return res.writeHead(429, { "retry-after": "120" }).end("slow down");
      case "/big":
        return res.writeHead(200).end("é" + "x".repeat(5000));
      case "/fail-twice":
        return nth <= 2 ? res.writeHead(500).end(`failure ${nth}`) : res.writeHead(204).end();
      case "/hang-first":
        return nth === 1 ? undefined : res.writeHead(204).end();
      default:
        return res.writeHead(404).end();
    }
  });
});

server.listen(0, "127.0.0.1", () => {
  const addr = server.address() as { port: number };
  process.stdout.write(JSON.stringify({ port: addr.port }) + "\n");
});
process.on("SIGTERM", () => process.exit(0));
