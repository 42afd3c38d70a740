import { popupResult } from "@/lib/connect-return/flow";

export const dynamic = "force-dynamic";

// A whole, tiny document rather than a React page: its one script must run as soon as it is parsed.
// It posts the signed result to the opener, only to the partner's allowed origin, then closes; with
// no opener (popup blocked and opened as a tab) the browser continues to the signed return URL.
const SCRIPT = `(function(){var d=JSON.parse(document.getElementById("rc-result").textContent);
if(window.opener&&!window.opener.closed){window.opener.postMessage(d.message,d.origin);window.close();}
else{window.location.replace(d.fallbackUrl);}})();`;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The end of a popup-mode consent: public, it trusts nothing but a return URL we signed in the last minutes. */
export async function GET(req: Request) {
  const result = popupResult(new URL(req.url).searchParams.get("to") ?? undefined);
  // proxy.ts put this request's CSP nonce here; the script runs only with it.
  const nonce = escapeHtml(req.headers.get("x-nonce") ?? "");
  const body = result
    ? `<h1>${result.message.status === "connected" ? "Connected." : "Not connected."} You can close this window.</h1>
<p><a href="${escapeHtml(result.fallbackUrl)}">Continue to the app</a></p>
<script id="rc-result" type="application/json">${JSON.stringify(result).replace(/</g, "\\u003c")}</script>
<script nonce="${nonce}">${SCRIPT}</script>`
    : `<h1>This result has expired</h1><p>Close this window and start the connection again from the app that sent you here.</p>`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="referrer" content="no-referrer"><meta name="viewport" content="width=device-width"><title>Returning to the app</title>
<style>body{font-family:system-ui,sans-serif;margin:3rem auto;max-width:32rem;padding:0 1rem;color:#0f172a}</style></head><body>${body}</body></html>`;
  return new Response(html, { status: result ? 200 : 400, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}
