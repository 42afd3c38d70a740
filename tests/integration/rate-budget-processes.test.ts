// The shared Remote rate budget across processes (issue #12): two app processes spending at once
// hold one budget, with the emulator (which enforces Remote's per-client minute) as referee.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { freshDatabase } from "./support/db";
import { control, resetEmulator, tokenCalls } from "./support/emulator";
import { settle, startWorker } from "./support/processes";

type Result = { ok: boolean; at?: number; error?: string; kind?: string; retryAfterMs?: number };
const WORKER = "tests/integration/support/budget-worker.ts";
const CLIENT = process.env.REMOTE_CLIENT_ID!;
let db: Db;

beforeEach(async () => {
  db = await freshDatabase();
  await resetEmulator();
});
afterAll(() => resetEnvForTests());

/** Two worker processes, started together; their results, flattened. */
async function twoProcesses(limit: number, args: string[]): Promise<Result[]> {
  const workers = [0, 1].map(() => startWorker<{ results: Result[] }>(WORKER, args, {
      REMOTE_RATE_LIMIT_PER_MINUTE: String(limit),
      // A loaded test machine must not turn a slow reply into a failure that says nothing about the budget.
      REMOTE_HTTP_TIMEOUT_MS: "8000",
      TOKEN_REFRESH_LEASE_SECONDS: "20",
    }));
  await settle();
  workers.forEach((w) => w.go());
  return (await Promise.all(workers.map((w) => w.done))).flatMap((w) => w.results);
}

describe("one budget for every process", () => {
  it("lets exactly the limit through in a minute when two processes request tokens at once; Remote answers no 429", async () => {
    await control("POST", "/config", { rate_limit_per_minute: 6 });
    const results = await twoProcesses(6, ["grant", "6", "token", "0", "0"]);
    expect(results.filter((r) => r.ok), JSON.stringify(results)).toHaveLength(6);
    // Every other request was refused here, before Remote, with when to come back.
    const refused = results.filter((r) => !r.ok);
    expect(refused).toHaveLength(6);
    for (const r of refused) {
      expect(r).toMatchObject({ error: "RateBudgetExhausted", kind: "rate_limited" });
      expect(r.retryAfterMs).toBeGreaterThan(50_000);
    }
    const calls = await tokenCalls("client_credentials");
    expect(calls).toHaveLength(6);
    // Remote's rate limiter, as the referee: 6 counted in its minute, none refused.
    expect(await control("GET", `/rate-limit?client_id=${CLIENT}`)).toMatchObject({ counted: 6, limited: 0, max_in_any_minute: 6 });
    expect((await db.remoteRateSlot.findMany({ where: { clientId: CLIENT } })).reduce((n, s) => n + s.count, 0)).toBe(6);
  }, 60_000);

  it("never has more than the limit in any window while two processes keep spending, and counts every spend", async () => {
    const windowMs = 1000;
    const limit = 5;
    const results = await twoProcesses(limit, ["spend", "12", "token", String(windowMs), "60000"]);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const times = results.map((r) => r.at!).sort((a, b) => a - b);
    expect(times).toHaveLength(24);
    for (const t of times) expect(times.filter((u) => u > t - windowMs && u <= t).length).toBeLessThanOrEqual(limit);
    // The budget is used, not just respected: 24 spends at 5 per (window + 1 s) take about 4 windows.
    expect(times[times.length - 1] - times[0]).toBeLessThan(12_000);
    // The rows still in the table hold exactly the spends made in their seconds: none lost, none doubled.
    const rows = await db.remoteRateSlot.findMany({ where: { clientId: CLIENT } });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const s = row.second.getTime();
      expect(row.count).toBe(times.filter((t) => t >= s && t < s + 1000).length);
    }
  }, 60_000);

  it("turns a burst of proxy calls from two processes away cleanly once the proxy's share is spent", async () => {
    // 2 × 200 at once with a limit of 40: the proxy share is 38, every other call is told when to retry.
    const results = await twoProcesses(40, ["spend", "200", "proxy", "0", "0"]);
    expect(results.filter((r) => r.ok)).toHaveLength(38);
    const refused = results.filter((r) => !r.ok);
    expect(refused.filter((r) => r.error !== "RateBudgetExhausted")).toEqual([]);
    expect(refused).toHaveLength(362);
    expect((await db.remoteRateSlot.findMany({ where: { clientId: CLIENT } })).reduce((n, s) => n + s.count, 0)).toBe(38);
  }, 60_000);
});

