// A tiny round-robin reverse proxy in front of the app processes. APP_URL points here, so OAuth
// redirects and the consent cookie keep working while one process is killed and restarted,
// the way a load balancer in front of two instances would behave.
import http from "node:http";

/**
 * `backends()` returns the processes believed up: [{ name, port }]. A request goes to the next one;
 * when the connection is refused (nothing was received), the other one is tried. When a process
 * dies mid-request the proxy answers 502 itself, marked `x-chaos-proxy`, so the checks can tell
 * a killed process from an app error.
 */
export function startProxy(port, backends) {
  let turn = 0;
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => forward(req, res, Buffer.concat(chunks), backends(), 0));
  });

  function forward(req, res, body, list, attempt) {
    if (list.length === 0 || attempt >= 2) return proxyError(res, 503, "no app process is up");
    const target = list[turn++ % list.length];
    // agent: false gives each request its own connection, so a killed process never leaves a
    // stale keep-alive socket that a later request would fail on.
    const up = http.request(
      { host: "127.0.0.1", port: target.port, method: req.method, path: req.url, headers: req.headers, agent: false },
      (r) => {
        res.writeHead(r.statusCode ?? 502, { ...r.headers, "x-chaos-backend": target.name });
        r.pipe(res);
        r.on("error", () => res.destroy());
      },
    );
    up.on("error", (e) => {
      if (res.headersSent) return res.destroy();
      if (e.code === "ECONNREFUSED") return forward(req, res, body, list.filter((b) => b !== target), attempt + 1);
      proxyError(res, 502, `${target.name} dropped the connection (${e.code ?? e.message})`, target.name);
    });
    up.end(body);
  }

  function proxyError(res, status, message, backend = "none") {
    res.writeHead(status, { "content-type": "application/json", "x-chaos-proxy": "1", "x-chaos-backend": backend });
    res.end(JSON.stringify({ error: { code: "chaos_proxy", message } }));
  }

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve({ close: () => new Promise((r) => server.close(() => r())), server }));
  });
}
