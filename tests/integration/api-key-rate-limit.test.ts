// The per-key request limit (issue #14): RateLimit-* on every answer, 429 with nothing done, and one
// budget per key shared by every app process.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { POST as tokenRoute } from "@/app/api/v1/connections/[id]/access-token/route";
import { POST as linkRoute } from "@/app/api/v1/connect-links/route";
import { GET as listRoute } from "@/app/api/v1/connections/route";
import { GET as partnerProxy } from "@/app/api/v1/remote/[...path]/route";
import type { Db } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { call, errorOf, keyWith } from "./support/api-key-calls";
import { freshDatabase } from "./support/db";
import { withSettings } from "./support/partner-calls";
import { settle, startWorker } from "./support/processes";

let db: Db;

afterAll(() => resetEnvForTests());

describe("the per-key rate limit", () => {
  beforeEach(async () => {
    db = await freshDatabase();
  });

  it("puts RateLimit-* on every answer, counts down, then answers 429 with Retry-After and does nothing", async () => {
    await withSettings({ API_KEY_RATE_LIMIT_PER_MINUTE: "4" }, async () => {
      const key = await keyWith(["connections:read", "connections:write"]);
      const remaining: (string | null)[] = [];
      for (let i = 0; i < 3; i++) {
        const res = await call(listRoute, key, "/api/v1/connections");
        expect(res.status).toBe(200);
        expect(res.headers.get("ratelimit-limit")).toBe("4");
        expect(Number(res.headers.get("ratelimit-reset"))).toBeGreaterThanOrEqual(1);
        expect(Number(res.headers.get("ratelimit-reset"))).toBeLessThanOrEqual(60);
        remaining.push(res.headers.get("ratelimit-remaining"));
      }
      // An error answer (here a missing scope) carries them too, and counts.
      const noScope = await call(tokenRoute, key, "/x", { method: "POST", params: { id: "x" } });
      expect(noScope.status).toBe(403);
      remaining.push(noScope.headers.get("ratelimit-remaining"));
      expect(remaining).toEqual(["3", "2", "1", "0"]);

      const over = await call(linkRoute, key, "/api/v1/connect-links", { method: "POST", body: { external_id: "e-1" } });
      expect(over.status).toBe(429);
      expect(await errorOf(over)).toMatchObject({ code: "too_many_requests", message: "This API key made more than 4 requests this minute; retry after the Retry-After delay." });
      expect(Number(over.headers.get("retry-after"))).toBeGreaterThan(50);
      expect(over.headers.get("ratelimit-remaining")).toBe("0");
      expect(over.headers.get("ratelimit-limit")).toBe("4");
      expect(await db.connectLink.count()).toBe(0);
      // Through the proxy the refusal is marked as ours, with its own code.
      const proxied = await call(partnerProxy, key, "/api/v1/remote/v1/countries", { params: { path: ["v1", "countries"] } });
      expect(proxied.status).toBe(429);
      expect(proxied.headers.get("x-remote-connect-error")).toBe("too_many_requests");
      // Another key has its own budget.
      const other = await keyWith(["connections:write"]);
      expect((await call(linkRoute, other, "/api/v1/connect-links", { method: "POST", body: {} })).status).toBe(201);
    });
  });

  it("is one budget for a key across two app processes, never exceeded (SQLite and PostgreSQL alike)", async () => {
    const limit = 200; // leases of 5 units: each process writes once per 5 requests
    const key = await keyWith(["connections:read"]);
    const workers = [0, 1].map(() =>
      startWorker<{ results: { status: number; remaining: string | null; retryAfter: string | null }[] }>("tests/integration/support/api-key-limit-worker.ts", [key, "300", "8"], {
        API_KEY_RATE_LIMIT_PER_MINUTE: String(limit),
      }),
    );
    await settle();
    workers.forEach((w) => w.go());
    const perProcess = (await Promise.all(workers.map((w) => w.done))).map((w) => w.results);
    const all = perProcess.flat();
    expect(all.filter((r) => ![200, 429].includes(r.status))).toEqual([]);
    // Each process asked for more than the whole limit, so every leased unit was served: exactly the limit.
    expect(all.filter((r) => r.status === 200)).toHaveLength(limit);
    for (const results of perProcess) expect(results.filter((r) => r.status === 200).length).toBeGreaterThan(0);
    for (const r of all.filter((r) => r.status === 429)) {
      expect(Number(r.retryAfter)).toBeGreaterThan(30);
      expect(r.remaining).toBe("0");
    }
    const [bucket] = await db.rateLimitBucket.findMany({ where: { key: { startsWith: "apikey:" } } });
    expect(bucket.count).toBeGreaterThanOrEqual(limit);
  }, 60_000);
});

