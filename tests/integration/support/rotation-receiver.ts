// A partner's receiver during a secret rotation, as its own process: every request is verified with the
// standardwebhooks library against each secret it holds, separately (PUT /secrets sets them, a JSON
// array), so a test sees which secrets a delivery verifies with. Answers 204; GET /log returns
// [{ path, id, body, verified: boolean[] }] (one flag per secret). Prints {"port"} once listening.
import http from "node:http";
import { Webhook } from "standardwebhooks";

type Received = { path: string; id?: string; body: string; verified: boolean[] };

let secrets: string[] = [];
const log: Received[] = [];

function verifiesWith(secret: string, body: string, headers: http.IncomingHttpHeaders): boolean {
  try {
    new Webhook(secret).verify(body, headers as Record<string, string>);
    return true;
  } catch {
    return false;
  }
}

const server = http.createServer((req, res) => {
  const path = new URL(req.url ?? "/", "http://receiver").pathname;
  let body = "";
  req.on("data", (c: Buffer) => (body += c.toString()));
  req.on("end", () => {
    if (req.method === "GET" && path === "/log") return res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(log.splice(0)));
    if (req.method === "PUT" && path === "/secrets") {
      secrets = JSON.parse(body) as string[];
      return res.writeHead(204).end();
    }
    log.push({ path, id: req.headers["webhook-id"] as string | undefined, body, verified: secrets.map((s) => verifiesWith(s, body, req.headers)) });
    res.writeHead(204).end();
  });
});

server.listen(0, "127.0.0.1", () => {
  process.stdout.write(JSON.stringify({ port: (server.address() as { port: number }).port }) + "\n");
});
process.on("SIGTERM", () => process.exit(0));
