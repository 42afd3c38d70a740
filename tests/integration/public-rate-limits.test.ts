import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import ConnectLinkPage from "@/app/(public)/connect/[token]/page";
import { submitCompanyAction } from "@/app/(public)/create-company/actions";
import CreateCompanyPage from "@/app/(public)/create-company/page";
import { GET as tooManyRoute } from "@/app/(public)/too-many-requests/route";
import { GET as callbackRoute } from "@/app/connect/callback/route";
import { GET as linkStartRoute } from "@/app/connect/[token]/start/route";
import { GET as startRoute } from "@/app/connect/start/route";
import { issueFormToken } from "@/lib/companies/form-token";
import { createConnectLink } from "@/lib/connect-links/service";
import type { Db } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { takePublicUnit } from "@/lib/rate-limit/public";
import { companyValues } from "./support/companies";
import { freshDatabase } from "./support/db";
import { resetEmulator } from "./support/emulator";
import { ACME, decideAtRemote } from "./support/consent";

// Route handlers, pages and actions run outside Next here: a cookie jar with expiry (and a clock the
// test can move) stands in for the browser, and headers() answers with the current request's.
const browser = vi.hoisted(() => ({
  jar: new Map<string, { value: string; expiresAt: number }>(),
  clockMs: 0,
  headers: new Headers(),
}));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => {
      const c = browser.jar.get(name);
      return c && c.expiresAt > Date.now() + browser.clockMs ? { name, value: c.value } : undefined;
    },
    set: (name: string, value: string, o?: { maxAge?: number }) =>
      void browser.jar.set(name, { value, expiresAt: Date.now() + browser.clockMs + (o?.maxAge ?? 3600) * 1000 }),
  }),
  headers: async () => browser.headers,
}));
// Nobody is signed in (the create-company action asks).
vi.mock("@/lib/auth/auth", () => ({ auth: async () => null }));

let db: Db;
const APP = "http://localhost:3999";
const NO_PARAMS = { params: Promise.resolve({}) };

function limits(perAddress: number, global: number, hops = 1) {
  Object.assign(process.env, { PUBLIC_RATE_LIMIT_PER_MINUTE: String(perAddress), PUBLIC_RATE_LIMIT_GLOBAL_PER_MINUTE: String(global), TRUSTED_PROXY_HOPS: String(hops) });
  resetEnvForTests();
}
const from = (address: string) => new Headers({ "x-forwarded-for": address });
const start = (address: string) => startRoute(new Request(`${APP}/connect/start`, { headers: from(address) }), NO_PARAMS);

beforeEach(async () => {
  db = await freshDatabase();
  await resetEmulator();
  browser.jar.clear();
  browser.clockMs = 0;
  browser.headers = new Headers();
  limits(1000, 10_000);
});
afterEach(() => {
  for (const k of ["PUBLIC_RATE_LIMIT_PER_MINUTE", "PUBLIC_RATE_LIMIT_GLOBAL_PER_MINUTE", "TRUSTED_PROXY_HOPS"]) delete process.env[k];
  resetEnvForTests();
});

async function expect429(res: Response) {
  expect(res.status).toBe(429);
  expect(Number(res.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  expect(Number(res.headers.get("retry-after"))).toBeLessThanOrEqual(60);
  expect(res.headers.get("content-type")).toContain("text/html");
  const html = await res.text();
  expect(html).toContain("Too many requests");
  expect(html).toContain("Nothing was stored");
}

/** Where a page sent the browser (pages redirect by throwing). */
async function pageRedirect(render: () => Promise<unknown>): Promise<string> {
  const e = await render().then(
    () => null,
    (err: unknown) => err,
  );
  const digest = String((e as { digest?: string } | null)?.digest ?? "");
  expect(digest).toMatch(/^NEXT_REDIRECT/);
  return digest.split(";")[2];
}

describe("public consent routes are rate-limited", () => {
  it("per client address: over the limit a 429 page with Retry-After and nothing stored; other addresses go on", async () => {
    limits(3, 1000);
    for (let i = 0; i < 3; i++) expect((await start("203.0.113.7")).status).toBe(303);
    await expect429(await start("203.0.113.7"));
    expect(await db.pendingAuthorization.count()).toBe(3);
    expect((await start("198.51.100.1")).status).toBe(303);
    expect(await db.pendingAuthorization.count()).toBe(4);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("globally: when addresses are unknown (TRUSTED_PROXY_HOPS=0) only the global limit applies, and it holds", async () => {
    limits(2, 5, 0);
    // A forged X-Forwarded-For changes nothing; the small per-address limit is not a second global one.
    for (let i = 0; i < 5; i++) expect((await start(`192.0.2.${i}`)).status).toBe(303);
    await expect429(await start("192.0.2.99"));
    expect(await db.pendingAuthorization.count()).toBe(5);
  });

  it("50 concurrent starts with a limit of 10 store exactly 10 pending authorizations", async () => {
    limits(10, 1000);
    const statuses = await Promise.all(Array.from({ length: 50 }, () => start("203.0.113.50").then((r) => r.status)));
    expect(statuses.filter((s) => s === 303)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(40);
    expect(await db.pendingAuthorization.count()).toBe(10);
  });

  it("the counter is exact under concurrency, per address and globally", async () => {
    limits(10, 1000);
    const mine = await Promise.all(Array.from({ length: 50 }, () => takePublicUnit("203.0.113.9")));
    expect(mine.filter((r) => r.allowed)).toHaveLength(10);
    limits(1000, 10);
    await db.rateLimitBucket.deleteMany();
    const all = await Promise.all(Array.from({ length: 50 }, (_, i) => takePublicUnit(`198.51.100.${i}`)));
    expect(all.filter((r) => r.allowed)).toHaveLength(10);
  });

  it("a refused address does not spend the global budget of everyone else", async () => {
    limits(2, 5);
    for (let i = 0; i < 20; i++) await takePublicUnit("203.0.113.66");
    for (let i = 0; i < 3; i++) expect((await takePublicUnit(`198.51.100.${i}`)).allowed).toBe(true);
  });

  it("the callback over the limit: the code leaves the address bar for the 429 page, nothing audited or consumed", async () => {
    limits(1, 1000);
    const res = await start("203.0.113.7");
    const authorize = new URL(res.headers.get("location")!);
    const callback = new URLSearchParams({ code: "some-code", state: authorize.searchParams.get("state")! });
    const refused = await callbackRoute(new NextRequest(`${APP}/connect/callback?${callback}`, { headers: from("203.0.113.7") }), NO_PARAMS);
    expect(refused.status).toBe(303);
    const location = new URL(refused.headers.get("location")!);
    expect(location.pathname).toBe("/too-many-requests");
    expect(location.toString()).not.toContain("some-code");
    expect(await db.auditEvent.count()).toBe(0);
    expect((await db.pendingAuthorization.findFirstOrThrow()).consumedAt).toBeNull();
    await expect429(await tooManyRoute(new NextRequest(location)));
  });

  it("the connect-link page and its start route", async () => {
    limits(1, 1000);
    const link = await createConnectLink({ actor: { type: "system" } });
    const token = new URL(link.url).pathname.split("/").pop()!;
    browser.headers = from("203.0.113.8");
    await ConnectLinkPage({ params: Promise.resolve({ token }) });
    expect(await pageRedirect(() => ConnectLinkPage({ params: Promise.resolve({ token }) }))).toMatch(/^\/too-many-requests\?retry=\d+$/);
    await expect429(await linkStartRoute(new Request(`${APP}/connect/${token}/start`, { headers: from("203.0.113.8") }), { params: Promise.resolve({ token }) }));
    expect(await db.pendingAuthorization.count()).toBe(0);
  });

  it("the create-company page and its submit action", async () => {
    limits(1, 1000);
    browser.headers = from("203.0.113.9");
    expect(await takePublicUnit("203.0.113.9")).toEqual({ allowed: true });
    expect(await pageRedirect(() => CreateCompanyPage({ searchParams: Promise.resolve({}) }))).toMatch(/^\/too-many-requests\?retry=\d+$/);
    const token = issueFormToken(null);
    const state = await submitCompanyAction({ outcome: null, token, seq: 0 }, { token, link: null, values: companyValues(), address: {}, termsAcceptedMsAgo: 1000 });
    expect(state.outcome).toMatchObject({ kind: "too_many_attempts" });
    expect(await db.companyCreation.count()).toBe(0);
  });

  it("the 429 page bounds a Retry-After taken from its URL", async () => {
    expect((await tooManyRoute(new NextRequest(`${APP}/too-many-requests?retry=99999`))).headers.get("retry-after")).toBe("3600");
    expect((await tooManyRoute(new NextRequest(`${APP}/too-many-requests?retry=abc`))).headers.get("retry-after")).toBe("60");
  });
});

/** Our start → Remote's authorize (allowed through the emulator) → the callback URL, in this browser. */
async function startAndAllow(): Promise<string> {
  const res = await startRoute(new Request(`${APP}/connect/start`), NO_PARAMS);
  return decideAtRemote(res.headers.get("location")!, { companyId: ACME.id });
}
const finish = async (url: string) => (await callbackRoute(new NextRequest(url), NO_PARAMS)).headers.get("location");

describe("the consent cookie and replays", () => {
  it("a second start late in the first cookie's life renews it: finishing the second consent succeeds", async () => {
    await startAndAllow();
    browser.clockMs = 9 * 60_000; // nine minutes later the admin starts again
    const second = await startAndAllow();
    browser.clockMs = 11 * 60_000; // the first start's cookie would have expired by now
    expect(await finish(second)).toBe(`${APP}/connect/done`);
    expect(await db.connection.count()).toBe(1);
  });

  it("a replayed callback in the same browser shows the earlier result; another browser gets the error", async () => {
    const callback = await startAndAllow();
    expect(await finish(callback)).toBe(`${APP}/connect/done`);
    const outcome = browser.jar.get("rc_consent_result")!.value;
    expect(await finish(callback)).toBe(`${APP}/connect/done`);
    expect(browser.jar.get("rc_consent_result")!.value).toBe(outcome); // the earlier result, untouched
    browser.jar.clear();
    expect(await finish(callback)).toBe(`${APP}/connect/error?reason=reused_state`);
    expect(await db.connection.count()).toBe(1);
  });
});
