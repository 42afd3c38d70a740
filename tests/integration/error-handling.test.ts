import { createServer } from "node:net";
import { NextRequest } from "next/server";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as callbackRoute } from "@/app/connect/callback/route";
import { GET as startRoute } from "@/app/connect/start/route";
import { GET as linkStartRoute } from "@/app/connect/[token]/start/route";
import { GET as listRoute } from "@/app/api/v1/connections/route";
import { POST as createLinkRoute } from "@/app/api/v1/connect-links/route";
import { GET as healthRoute } from "@/app/api/health/route";
import ConnectErrorPage from "@/app/(public)/connect/error/page";
import { submitCompanyAction } from "@/app/(public)/create-company/actions";
import { createApiKeyAction } from "@/app/console/api-keys/actions";
import { refreshNowAction } from "@/app/console/connections/[id]/actions";
import { ErrorFallback } from "@/components/error-fallback-client";
import { createApiKey } from "@/lib/api-keys/service";
import { issueFormToken } from "@/lib/companies/form-token";
import { createConnectLink } from "@/lib/connect-links/service";
import type { Db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { consentVia } from "./support/consent";
import { createDb, freshDatabase } from "./support/db";
import { resetEmulator } from "./support/emulator";
import { companyValues } from "./support/companies";

// The database outage is real: while `outage.db` is set, the app's getDb() hands out a Prisma client
// for a PostgreSQL port where nothing listens, so every query fails in the driver exactly like a
// database that is down (P1001). A SQLite file locked by another connection would not do: WAL readers
// are never blocked, and a writer would only fail after the busy timeout (the e2e spec covers that).
const outage = vi.hoisted(() => ({ db: null as unknown }));
vi.mock("@/lib/db", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/db")>();
  return { ...real, getDb: () => outage.db ?? real.getDb() };
});
// Route handlers and actions run outside Next here: a plain jar stands in for the request's cookies.
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
  }),
  headers: async () => new Headers(),
}));
// Only who is signed in is stubbed; the staff row is still read from the (failing) database.
const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => session.current }));

let db: Db;
let downDb: Db;
let logged: { level: string; fields: unknown }[];

beforeAll(async () => {
  const port = await new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
  downDb = createDb(`postgresql://app:app@127.0.0.1:${port}/unreachable`);
});
afterAll(() => downDb.$disconnect());

beforeEach(async () => {
  outage.db = null;
  db = await freshDatabase();
  await resetEmulator();
  jar.clear();
  session.current = null;
  logged = [];
  for (const level of ["warn", "error"] as const) {
    vi.spyOn(logger, level).mockImplementation(((fields: unknown) => void logged.push({ level, fields })) as never);
  }
});
afterEach(() => {
  outage.db = null;
  vi.restoreAllMocks();
});

const databaseDown = () => (outage.db = downDb);
const APP = "http://localhost:3999";
const NO_PARAMS = { params: Promise.resolve({}) };

/** The error page a browser is sent to, with the reference it shows. */
function errorRedirect(res: Response) {
  expect(res.status).toBe(303);
  const location = new URL(res.headers.get("location")!);
  expect(`${location.origin}${location.pathname}`).toBe(`${APP}/connect/error`);
  return { reason: location.searchParams.get("reason"), ref: location.searchParams.get("ref") ?? "", location: location.toString() };
}

describe("consent routes when something fails unexpectedly", () => {
  it("callback with a valid code and state while the database is down: 303 to the busy page with a ref, the code out of the URL and the logs", async () => {
    const { callback, browser } = await consentVia({});
    jar.set("rc_consent", browser);
    databaseDown();
    const res = await callbackRoute(new NextRequest(`${APP}/connect/callback?${callback}`), NO_PARAMS);
    const { reason, ref, location } = errorRedirect(res);
    expect(reason).toBe("service_busy");
    expect(ref).toMatch(/^[0-9a-f]{16}$/);
    for (const secret of [callback.get("code")!, callback.get("state")!]) {
      expect(location).not.toContain(secret);
      expect(JSON.stringify(logged)).not.toContain(secret);
    }
    expect(location).not.toMatch(/[?&]code=/);
    expect(logged).toEqual([{ level: "warn", fields: expect.objectContaining({ ref, route: "connect.callback" }) }]);
    // Nothing was half-done: the state is still unused, so a fresh start is all the admin needs.
    outage.db = null;
    expect((await db.pendingAuthorization.findFirstOrThrow()).consumedAt).toBeNull();
  });

  it("callback failing for another reason (the sealed verifier can no longer be opened): 303 to the generic page with a ref", async () => {
    const { callback, browser } = await consentVia({});
    jar.set("rc_consent", browser);
    await db.pendingAuthorization.updateMany({ data: { codeVerifierEnc: "v1.retired-key.AAAA.BBBB" } });
    const { reason, ref, location } = errorRedirect(await callbackRoute(new NextRequest(`${APP}/connect/callback?${callback}`), NO_PARAMS));
    expect(reason).toBe("unexpected");
    expect(location).not.toContain(callback.get("code")!);
    expect(logged.at(-1)).toEqual({ level: "error", fields: expect.objectContaining({ ref, route: "connect.callback" }) });
  });

  it("start and connect-link start while the database is down: 303 to the busy page, the link token kept out of the URL", async () => {
    const link = await createConnectLink({ actor: { type: "system" } });
    const token = new URL(link.url).pathname.split("/").pop()!;
    databaseDown();
    expect(errorRedirect(await startRoute(new Request(`${APP}/connect/start`), NO_PARAMS)).reason).toBe("service_busy");
    const viaLink = errorRedirect(await linkStartRoute(new Request(`${APP}/connect/${token}/start`), { params: Promise.resolve({ token }) }));
    expect(viaLink.reason).toBe("service_busy");
    expect(viaLink.location).not.toContain(token);
  });
});

describe("partner API and health when the database is down", () => {
  it("answers 503 temporarily_unavailable JSON with Retry-After and the request id, for reads and writes", async () => {
    const { key } = await createApiKey({ name: "ci", actor: { type: "system" } });
    databaseDown();
    const auth = { authorization: `Bearer ${key}` };
    const list = await listRoute(new Request(`${APP}/api/v1/connections`, { headers: { ...auth, "x-request-id": "partner-7" } }), NO_PARAMS);
    const write = await createLinkRoute(new Request(`${APP}/api/v1/connect-links`, { method: "POST", headers: auth, body: "{}" }), NO_PARAMS);
    for (const res of [list, write]) {
      expect(res.status).toBe(503);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      const body = await res.json();
      expect(body).toEqual({ error: { code: "temporarily_unavailable", message: expect.any(String), request_id: res.headers.get("x-request-id") } });
    }
    expect(list.headers.get("x-request-id")).toBe("partner-7");
    expect(JSON.stringify(logged)).not.toContain(key);
  });

  it("health answers 503 JSON instead of throwing", async () => {
    databaseDown();
    const res = await healthRoute();
    expect(res.status).toBe(503);
    const body = await res.json();
    expect(body.status).toBe("degraded");
    expect(body.checks?.database?.ok ?? false).toBe(false);
  });
});

describe("server actions when the database is down: a plain message with a reference, never a throw", () => {
  it("console actions, where the staff check itself meets the outage", async () => {
    const admin = await db.staffUser.create({ data: { email: "admin@partner.example", role: "admin" } });
    session.current = { user: { id: admin.id } };
    databaseDown();
    for (const result of [await createApiKeyAction({ name: "ci" }), await refreshNowAction({ connectionId: "c1" })]) {
      expect(result).toEqual({ ok: false, error: expect.stringMatching(/briefly busy.*reference [0-9a-f]{16}/) });
    }
  });

  it("the public create-company form keeps its token so a resubmit is the same attempt", async () => {
    const token = issueFormToken(null);
    databaseDown();
    const state = await submitCompanyAction({ outcome: null, token, seq: 0 }, { token, link: null, values: companyValues(), address: {}, termsAcceptedMsAgo: 1000 });
    expect(state).toEqual({ outcome: { kind: "error" }, token, seq: 1 });
    expect(logged).toHaveLength(1);
  });
});

describe("error pages", () => {
  const html = async (reason: string, ref: string) => renderToStaticMarkup(await ConnectErrorPage({ searchParams: Promise.resolve({ reason, ref }) }));

  it("the consent error page shows the busy message and the reference, and ignores a reference that is not one", async () => {
    const busy = await html("service_busy", "0123456789abcdef");
    expect(busy).toContain("Our service is briefly busy");
    expect(busy).toContain("0123456789abcdef");
    expect(await html("unexpected", "<script>alert(1)</script>")).not.toMatch(/script|Reference/);
  });

  it("the error boundaries show Next's digest as the reference and never the error's message or stack", () => {
    const error = Object.assign(new Error("secret detail from the server"), { digest: "2353046839" });
    const out = renderToStaticMarkup(createElement(ErrorFallback, { error, retry: () => undefined, framed: true }));
    expect(out).toContain("2353046839");
    expect(out).toContain("Remote Connect");
    expect(out).not.toContain("secret detail");
    expect(out).not.toContain(error.stack!.split("\n")[1].trim());
  });
});
