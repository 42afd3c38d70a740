import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";

// proxy.ts reads the settings once per process: each case imports a fresh copy under its own settings.
async function run(env: Record<string, string>, path = "/create-company") {
  vi.resetModules();
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  const { proxy } = await import("@/proxy");
  const res = proxy(new NextRequest(`http://localhost:3999${path}`));
  const csp = res.headers.get("content-security-policy") ?? "";
  const directives = Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));
  return { res, csp, directives };
}

afterEach(() => vi.unstubAllEnvs());

describe("proxy.ts security headers", () => {
  it("sets a nonce-based policy and hands the same nonce to the render through the request headers", async () => {
    const { res, directives } = await run({ APP_URL: "http://localhost:3999" });
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(directives["script-src"])![1];
    expect(nonce.length).toBeGreaterThanOrEqual(24);
    expect(directives).toMatchObject({
      "default-src": "'self'",
      "script-src": `'self' 'nonce-${nonce}' 'strict-dynamic'`,
      "style-src": "'self' 'unsafe-inline'",
      "object-src": "'none'",
      "base-uri": "'self'",
      "frame-ancestors": "'none'",
      "form-action": `'self' ${new URL(process.env.REMOTE_GATEWAY_URL!).origin}`,
    });
    // NextResponse.next({ request: { headers } }) travels as x-middleware-request-* on the response.
    expect(res.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(res.headers.get("x-middleware-request-content-security-policy")).toBe(res.headers.get("content-security-policy"));
    expect(res.headers.get("strict-transport-security")).toBeNull();
    expect(directives).not.toHaveProperty("upgrade-insecure-requests");

    const again = await run({ APP_URL: "http://localhost:3999" });
    expect(again.directives["script-src"]).not.toContain(nonce);
  });

  it("never allows eval in production; development may", async () => {
    expect((await run({ NODE_ENV: "production" })).csp).not.toContain("unsafe-eval");
    expect((await run({ NODE_ENV: "development" })).directives["script-src"]).toContain("'unsafe-eval'");
  });

  it("adds HSTS and upgrade-insecure-requests when APP_URL is https", async () => {
    const { res, directives } = await run({ APP_URL: "https://connect.partner.example" });
    expect(res.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(directives).toHaveProperty("upgrade-insecure-requests");
  });

  it("lets forms redirect to Remote's gateway and the SSO provider, and nowhere else", async () => {
    const { directives } = await run({
      REMOTE_GATEWAY_URL: "http://127.0.0.1:4999/base",
      AUTH_OIDC_ISSUER: "https://login.partner.example/tenant/v2.0",
      AUTH_OIDC_CLIENT_ID: "console",
      AUTH_OIDC_CLIENT_SECRET: "secret",
    });
    expect(directives["form-action"]).toBe("'self' http://127.0.0.1:4999 https://login.partner.example");
  });
});
