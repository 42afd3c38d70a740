import { beforeEach, describe, expect, it, vi } from "vitest";
import { ApiProblem } from "../partner-api/problem";
import { lease } from "../rate-limit/bucket";
import { enforceKeyPolicy, leaseSize, requireExternalIdInKeyScope, resetKeyPolicyForTests } from "./policy";
import { API_SCOPES } from "./scopes";

// The shared window, as the database row would hold it: one counter per key.
const row = vi.hoisted(() => ({ count: 0, resetAt: new Date(Date.now() + 60_000), leases: 0, limit: 0 }));
vi.mock("../rate-limit/bucket", () => ({
  lease: vi.fn(async (_db: unknown, _key: string, rule: { limit: number }, units: number) => {
    await new Promise((r) => setTimeout(r, 5));
    row.leases++;
    row.count += units;
    return { granted: Math.max(0, Math.min(units, rule.limit - (row.count - units))), count: row.count, resetAt: row.resetAt };
  }),
}));
vi.mock("../db", () => ({ getDb: () => ({}) }));
const read = vi.hoisted(() => ({ hotRead: vi.fn() }));
vi.mock("../db/hot-read", () => read);
vi.mock("../env", () => ({ getEnv: () => ({ API_KEY_RATE_LIMIT_PER_MINUTE: row.limit }) }));

const KEY = { id: "k1", name: "ci", prefix: "rck_abcd", scopes: [...API_SCOPES], connectionExternalIdPrefix: null };

async function outcome(p: Promise<Record<string, string>>) {
  try {
    return { ok: true, headers: await p };
  } catch (e) {
    return { ok: false, code: (e as ApiProblem).code, headers: (e as ApiProblem).headers! };
  }
}

beforeEach(() => {
  resetKeyPolicyForTests();
  Object.assign(row, { count: 0, resetAt: new Date(Date.now() + 60_000), leases: 0, limit: 600 });
  read.hotRead.mockReset();
  vi.mocked(lease).mockClear();
});

describe("the per-key limit", () => {
  it("leases 1/40 of the limit at a time, at least 1 and at most 1,000", () => {
    expect([1, 39, 40, 600, 2000, 1_000_000].map(leaseSize)).toEqual([1, 1, 1, 15, 50, 1000]);
  });

  it("writes once per lease, not per request, and counts Remaining down one by one", async () => {
    const seen: string[] = [];
    for (let i = 0; i < 31; i++) seen.push((await enforceKeyPolicy(KEY, { scope: "proxy" }))["RateLimit-Remaining"]);
    expect(row.leases).toBe(3);
    expect(seen.slice(0, 3)).toEqual(["599", "598", "597"]);
    expect(seen[30]).toBe("569");
  });

  it("leases the next block in the background once half of the current one is served", async () => {
    const take = () => enforceKeyPolicy(KEY, { scope: "proxy" });
    for (let i = 0; i < 7; i++) await take();
    expect(lease).toHaveBeenCalledTimes(1);
    await take(); // 7 of 15 left: the next block is asked for now, without waiting for it
    expect(lease).toHaveBeenCalledTimes(2);
    await new Promise((r) => setTimeout(r, 20));
    const seen: string[] = [];
    for (let i = 0; i < 22; i++) seen.push((await take())["RateLimit-Remaining"]);
    expect(seen[0]).toBe("591");
    expect(seen[21]).toBe("570");
    // Remaining counted down across the two blocks without a gap: no unit lost; the third block is on its way.
    expect(lease).toHaveBeenCalledTimes(3);
  });

  it("shares one lease among concurrent requests and admits exactly the limit, then refuses from memory", async () => {
    row.limit = 100; // leases of 2
    const results = await Promise.all(Array.from({ length: 130 }, () => outcome(enforceKeyPolicy(KEY, { scope: "proxy" }))));
    expect(results.filter((r) => r.ok)).toHaveLength(100);
    expect(results.filter((r) => !r.ok).every((r) => r.code === "too_many_requests" && r.headers["RateLimit-Remaining"] === "0")).toBe(true);
    const leases = row.leases;
    expect(leases).toBeLessThanOrEqual(51);
    await outcome(enforceKeyPolicy(KEY, { scope: "proxy" }));
    expect(row.leases).toBe(leases);
  });

  it("does not serve units past the limit that another process took first", async () => {
    row.limit = 400; // leases of 10
    row.count = 395; // the other processes hold the rest
    const results = await Promise.all(Array.from({ length: 10 }, () => outcome(enforceKeyPolicy(KEY, { scope: "proxy" }))));
    expect(results.filter((r) => r.ok)).toHaveLength(5);
  });

  it("counts a request with a missing scope, and names the scope", async () => {
    const r = await outcome(enforceKeyPolicy({ ...KEY, scopes: ["proxy"] }, { scope: "tokens:issue" }));
    expect(r).toMatchObject({ ok: false, code: "insufficient_scope", headers: { "RateLimit-Remaining": "599" } });
    await expect(enforceKeyPolicy({ ...KEY, scopes: ["proxy"] }, { scope: "tokens:issue" })).rejects.toThrow("This API key lacks the scope tokens:issue.");
  });
});

describe("keys limited to an external-id prefix", () => {
  const SHOP = { ...KEY, connectionExternalIdPrefix: "shop-" };

  it("see a connection only when its external id starts with the prefix, exact case; read each time", async () => {
    for (const [externalId, ok] of [["shop-1", true], ["SHOP-1", false], ["other", false], [null, false]] as const) {
      read.hotRead.mockResolvedValueOnce([{ externalId }]);
      expect((await outcome(enforceKeyPolicy(SHOP, { scope: "proxy", connectionId: "c1" }))).ok, String(externalId)).toBe(ok);
    }
    read.hotRead.mockResolvedValueOnce([]);
    await expect(enforceKeyPolicy(SHOP, { scope: "proxy", connectionId: "c1" })).rejects.toMatchObject({ code: "not_found", message: "No connection with this id." });
    expect(read.hotRead).toHaveBeenCalledTimes(5);
    // Without a prefix nothing is read.
    await enforceKeyPolicy(KEY, { scope: "proxy", connectionId: "c1" });
    expect(read.hotRead).toHaveBeenCalledTimes(5);
  });

  it("must name an external id in the prefix to create something", () => {
    expect(() => requireExternalIdInKeyScope(SHOP, "shop-9")).not.toThrow();
    expect(() => requireExternalIdInKeyScope(KEY, undefined)).not.toThrow();
    for (const id of [undefined, null, "", "Shop-9"]) expect(() => requireExternalIdInKeyScope(SHOP, id)).toThrow(ApiProblem);
  });
});
