// Security headers for every page: a per-request nonce for scripts (Next reads it from the request's
// Content-Security-Policy header and puts it on its own scripts) and HSTS on https deployments.
// Runs on every matched request, so it only reads the settings once and never touches the database.
import { NextResponse, type NextRequest } from "next/server";
import { parseEnv } from "./lib/env/schema";

type Site = { https: boolean; formTargets: string };

let site: Site | undefined;

function currentSite(): Site {
  if (site) return site;
  // instrumentation.ts has already refused bad settings at start-up; this parse cannot fail there.
  const env = parseEnv(process.env);
  // The consent flow answers a form POST with a redirect to Remote's authorize page, and the SSO
  // button one to the identity provider: form-action applies to every hop of those redirects.
  const origins = new Set([new URL(env.gatewayUrl).origin]);
  if (env.AUTH_OIDC_ISSUER) origins.add(new URL(env.AUTH_OIDC_ISSUER).origin);
  site = { https: env.APP_URL.startsWith("https://"), formTargets: [...origins].join(" ") };
  return site;
}

function contentSecurityPolicy(nonce: string, s: Site, dev: boolean): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': chunks loaded by a nonced Next script are trusted; nothing else is.
    // React in development rebuilds server error stacks with eval; production never needs it.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Style attributes (recharts' SVG, React's style props) cannot carry a nonce, and a nonce in
    // style-src would disable 'unsafe-inline'. CSS cannot run script; scripts stay nonce-only.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:", // https: for a partner's logo hosted elsewhere (BRAND_LOGO_URL)
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' ${s.formTargets}`,
    "frame-ancestors 'none'",
    ...(s.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export function proxy(request: NextRequest) {
  const s = currentSite();
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
  const csp = contentSecurityPolicy(nonce, s, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  headers.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  if (s.https) response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  return response;
}

export const config = {
  matcher: [
    {
      // Pages and their server actions; not API routes (JSON, no CSP needed), static files, or brand assets
      // (the logo route sends its own, stricter sandboxing policy).
      source: "/((?!api/|brand/|_next/static|_next/image|favicon\\.ico|robots\\.txt).*)",
      // Prefetches fetch RSC data, not HTML: no policy to apply.
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
