import "server-only";

/** Bounds a Retry-After value taken from a URL or a window (1 s … 1 h). */
export function saneRetryAfter(value: unknown): number {
  const n = Math.ceil(Number(value));
  return Number.isFinite(n) ? Math.min(3600, Math.max(1, n)) : 60;
}

function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

// A plain, self-contained page: it is served before (and instead of) anything that touches the
// database or renders the app, so it carries its own few styles (style-src allows inline CSS).
const STYLE = `body{margin:0;font-family:ui-sans-serif,system-ui,sans-serif;background:#f8fafc;color:#0f172a}
header{border-bottom:1px solid #e2e8f0;background:#fff;padding:0 16px;height:56px;display:flex;align-items:center;font-weight:600}
main{max-width:48rem;margin:0 auto;padding:48px 16px}
section{border:1px solid #fde68a;background:#fff;border-radius:16px;padding:32px}
.eyebrow{font-size:.875rem;text-transform:uppercase;letter-spacing:.05em;color:#b45309;margin:0}
h1{font-size:1.5rem;margin:8px 0 0}p{color:#475569;max-width:65ch}a{color:#1d4ed8;font-weight:500}`;

/**
 * The answer to a request over a public rate limit: 429 with Retry-After and a friendly page. Nothing
 * was stored for the request (besides the counter that refused it).
 */
export function tooManyRequestsResponse(retryAfterSeconds: number): Response {
  const wait = saneRetryAfter(retryAfterSeconds);
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Too many requests · Remote Connect</title><style>${STYLE}</style></head>
<body><header>Remote Connect</header><main><section role="alert" aria-labelledby="t">
<p class="eyebrow">Please wait</p>
<h1 id="t">Too many requests</h1>
<p>We are receiving more requests than usual from you or from everyone at the moment, so we paused this one. Nothing was stored.</p>
<p data-testid="retry-after">Please try again in ${waitText(wait)}. If you were connecting your company, start again from the link or page you came from.</p>
<p><a href="/">Back to the start page</a></p>
</section></main></body></html>`;
  return new Response(html, {
    status: 429,
    headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": String(wait), "Cache-Control": "no-store" },
  });
}

/** Where a page (which cannot answer 429 itself) sends a refused browser. */
export function tooManyRequestsPath(retryAfterSeconds: number): string {
  return `/too-many-requests?retry=${saneRetryAfter(retryAfterSeconds)}`;
}
