// A partner's web app on its own origin: a page that connects through the popup with connect.js,
// and a return page. Plain node:http, so the browser really crosses origins.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { E2E } from "./ports";

const page = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>Partner</title></head><body>${body}</body></html>`;

const CONNECT_PAGE = page(`
<h1>Partner app</h1>
<button id="connect">Connect with Remote</button>
<pre id="result"></pre>
<script src="${E2E.appUrl}/connect.js"></script>
<script>
  document.getElementById("connect").addEventListener("click", function () {
    var link = new URLSearchParams(location.search).get("link");
    RemoteConnect.open(link, { width: 500, height: 700 }).then(function (r) {
      document.getElementById("result").textContent = JSON.stringify(r);
    });
  });
</script>`);

/** A spec's own pages on the partner's origin; returns true when it answered. */
export type PartnerRoutes = (url: URL, req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export async function startPartnerSite(extra?: PartnerRoutes): Promise<Server> {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", E2E.partnerUrl);
    if (extra && (await extra(url, req, res))) return;
    res.setHeader("content-type", "text/html; charset=utf-8");
    if (url.pathname === "/") return res.end(CONNECT_PAGE);
    if (url.pathname === "/back") return res.end(page(`<h1>Back at the partner</h1>`));
    res.statusCode = 404;
    res.end(page("not found"));
  });
  await new Promise<void>((resolve) => server.listen(E2E.partnerPort, "127.0.0.1", resolve));
  return server;
}
