import { createServer, type Server } from "node:http";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as healthRoute } from "@/app/api/health/route";
import type { Db } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { GATEWAY_PROBE_TTL_MS, resetHealthCacheForTests } from "@/lib/health";
import { freshDatabase } from "./support/db";

// The route runs outside Next here: the request's headers and who is signed in come from these.
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => request.headers, cookies: async () => ({ get: () => undefined }) }));
const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => session.current }));

const TOKEN = "health-details-token-0123456789";

// A stand-in gateway on this machine that counts the probes it receives.
let gateway: Server;
let probes = 0;
let gatewayStatus = 405;
const saved = { url: process.env.REMOTE_GATEWAY_URL, token: process.env.HEALTH_DETAILS_TOKEN };
let db: Db;

beforeAll(async () => {
  gateway = createServer((req, res) => {
    probes++;
    // A little latency, so that concurrent callers really overlap the one probe.
    setTimeout(() => res.writeHead(gatewayStatus).end(), 50);
  });
  await new Promise<void>((resolve) => gateway.listen(0, "127.0.0.1", resolve));
  process.env.REMOTE_GATEWAY_URL = `http://127.0.0.1:${(gateway.address() as { port: number }).port}`;
  process.env.HEALTH_DETAILS_TOKEN = TOKEN;
  resetEnvForTests();
});
afterAll(async () => {
  await new Promise((resolve) => gateway.close(resolve));
  Object.assign(process.env, { REMOTE_GATEWAY_URL: saved.url, HEALTH_DETAILS_TOKEN: saved.token ?? "" });
  resetEnvForTests();
});
beforeEach(async () => {
  db = await freshDatabase();
  resetHealthCacheForTests();
  probes = 0;
  gatewayStatus = 405;
  request.headers = new Headers();
  session.current = null;
});
afterEach(() => vi.restoreAllMocks());

const body = async (as?: string) => {
  request.headers = new Headers(as ? { authorization: as } : {});
  const res = await healthRoute();
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
};

describe("GET /api/health", () => {
  it("answers the public exactly {status}", async () => {
    expect(await body()).toEqual({ status: 200, json: { status: "ok" } });
    expect(await body("Bearer wrong-token-wrong-token-wrong")).toEqual({ status: 200, json: { status: "ok" } });
    expect(await body(`Basic ${TOKEN}`)).toEqual({ status: 200, json: { status: "ok" } });
    expect(await body(`Bearer ${TOKEN}x`)).toEqual({ status: 200, json: { status: "ok" } });
  });

  it("gives details to the bearer of HEALTH_DETAILS_TOKEN and to signed-in staff, not to disabled staff", async () => {
    const details = {
      status: "ok",
      version: expect.any(String),
      remote_environment: "emulator",
      checks: {
        database: { ok: true, latency_ms: expect.any(Number), kind: expect.stringMatching(/sqlite|postgresql/) },
        remote_gateway: { ok: true, latency_ms: expect.any(Number), url: process.env.REMOTE_GATEWAY_URL, checked_at: expect.any(String) },
      },
    };
    expect((await body(`Bearer ${TOKEN}`)).json).toEqual(details);
    const staff = await db.staffUser.create({ data: { email: "viewer@partner.example", role: "viewer" } });
    session.current = { user: { id: staff.id } };
    expect((await body()).json).toEqual(details);
    await db.staffUser.update({ where: { id: staff.id }, data: { disabledAt: new Date() } });
    expect((await body()).json).toEqual({ status: "ok" });
  });

  it("probes the gateway at most once per 30 s, however many callers arrive together", async () => {
    const answers = await Promise.all(Array.from({ length: 25 }, () => body()));
    expect(answers.every((a) => a.status === 200 && a.json.status === "ok")).toBe(true);
    expect(probes).toBe(1);
    await Promise.all(Array.from({ length: 10 }, () => body()));
    expect(probes).toBe(1);

    const now = Date.now();
    vi.spyOn(Date, "now").mockReturnValue(now + GATEWAY_PROBE_TTL_MS + 1);
    await Promise.all(Array.from({ length: 10 }, () => body()));
    expect(probes).toBe(2);
  });

  it("reports a failing gateway as degraded but keeps 200 while the database answers", async () => {
    gatewayStatus = 503;
    expect(await body()).toEqual({ status: 200, json: { status: "degraded" } });
    resetHealthCacheForTests();
    const detailed = await body(`Bearer ${TOKEN}`);
    expect(detailed.json.checks).toMatchObject({ remote_gateway: { ok: false, error: "gateway answered HTTP 503" } });
  });
});
