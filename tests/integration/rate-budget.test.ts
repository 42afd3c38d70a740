// The shared Remote rate budget (issue #12) in one process, against the real database and the
// emulator over HTTP: priorities when the window is nearly full, Remote's figures tightening it,
// a 429 blocking spends, and the health monitor spending as background work.
import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runHealthSweep } from "@/lib/connections/health-monitor";
import { decryptSecret, encryptSecret } from "@/lib/crypto/vault";
import type { Db } from "@/lib/db";
import { observeRemoteRateHeaders, RateBudgetExhausted, setBudgetWindowForTests, spendRemoteCall, type BudgetPriority } from "@/lib/remote/budget";
import { trySpend } from "@/lib/remote/budget-store";
import { clientCredentialsGrant } from "@/lib/remote/oauth";
import { RemoteError } from "@/lib/remote/errors";
import { ACME, connect } from "./support/consent";
import { freshDatabase } from "./support/db";
import { useBudgetLimit } from "./support/partner-calls";
import { control, resetEmulator, tokenCalls } from "./support/emulator";

const WINDOW_MS = 2000;
const shortWindow = () => setBudgetWindowForTests(WINDOW_MS);
const CLIENT = process.env.REMOTE_CLIENT_ID!;
let db: Db;

const setLimit = useBudgetLimit();

beforeEach(async () => {
  db = await freshDatabase();
  await resetEmulator();
  // Remote's minute, unless a test needs the window to move on (shortWindow).
  setBudgetWindowForTests(undefined);
  setLimit(10);
});
afterEach(() => setBudgetWindowForTests(undefined));

const spendN = async (n: number, p: BudgetPriority = "token") => {
  for (let i = 0; i < n; i++) await spendRemoteCall(p, { maxWaitMs: 0 });
};
const counted = async () => (await db.remoteRateSlot.findMany({ where: { clientId: CLIENT } })).reduce((n, s) => n + s.count, 0);
/** Settles to "pending" when the promise has not finished within `ms`. */
const within = <T>(p: Promise<T>, ms: number) => Promise.race([p.then(() => "done" as const), new Promise<"pending">((r) => setTimeout(() => r("pending"), ms))]);
const sent429 = async () => (await control<{ status: number }[]>("GET", "/requests")).filter((r) => r.status === 429).length;

describe("the budget in the database", () => {
  it("counts every spend in the client id's slots and refuses the call past the limit", async () => {
    await spendN(10);
    expect(await counted()).toBe(10);
    const refused = await spendRemoteCall("token", { maxWaitMs: 0 }).catch((e) => e);
    expect(refused).toBeInstanceOf(RateBudgetExhausted);
    expect(refused).toBeInstanceOf(RemoteError);
    expect(refused.kind).toBe("rate_limited");
    expect(refused.retryAfterMs).toBeGreaterThan(0);
    expect(refused.retryAfterMs).toBeLessThanOrEqual(61_000);
    expect(await counted()).toBe(10);
    // Another client id has a budget of its own.
    expect((await trySpend("another-client", "token", 10, WINDOW_MS)).ok).toBe(true);
  });

  it("lets a waiting call through once the oldest second has left the window", async () => {
    shortWindow();
    await spendN(10);
    const started = Date.now();
    await spendRemoteCall("token", { maxWaitMs: 5000 });
    expect(Date.now() - started).toBeGreaterThan(200);
    expect(Date.now() - started).toBeLessThan(WINDOW_MS + 2000);
  });
});

describe("priorities when the window is nearly full", () => {
  it("lets a token request through while background work waits and a proxy call gives up after its wait", async () => {
    shortWindow();
    await spendN(9);
    const background = spendRemoteCall("background");
    const startedProxy = Date.now();
    const proxy = await spendRemoteCall("proxy", { maxWaitMs: 300 }).catch((e) => e);
    expect(proxy).toBeInstanceOf(RateBudgetExhausted);
    expect(Date.now() - startedProxy).toBeLessThan(1000);
    await spendRemoteCall("token", { maxWaitMs: 0 });
    expect(await within(background, 500)).toBe("pending");
    // Background work waits instead of failing: it gets its call once the window has moved on.
    expect(await within(background, WINDOW_MS + 3000)).toBe("done");
  });

  it("keeps background work under three quarters of the limit and proxy calls under the token reserve", async () => {
    await spendN(7, "background");
    await expect(spendRemoteCall("background", { maxWaitMs: 0 })).rejects.toBeInstanceOf(RateBudgetExhausted);
    await spendN(2, "proxy");
    await expect(spendRemoteCall("proxy", { maxWaitMs: 0 })).rejects.toBeInstanceOf(RateBudgetExhausted);
    await spendN(1, "token");
    expect(await counted()).toBe(10);
  });

  it("stops a waiting background spend when its signal aborts", async () => {
    await spendN(8);
    const ac = new AbortController();
    const waiting = spendRemoteCall("background", { signal: ac.signal }).catch((e) => e);
    setTimeout(() => ac.abort(new Error("stopping")), 200);
    expect(((await waiting) as Error).message).toBe("stopping");
  });
});

describe("Remote's answers", () => {
  it("obey a figure tighter than ours: Remote never answers 429", async () => {
    setLimit(240);
    await control("POST", "/config", { rate_limit_per_minute: 4 });
    for (let i = 0; i < 4; i++) await clientCredentialsGrant();
    // Remote said 0 left for the next minute: the 5th request is refused here, not at Remote.
    const fifth = await clientCredentialsGrant().catch((e) => e);
    expect(fifth).toBeInstanceOf(RateBudgetExhausted);
    expect(fifth.retryAfterMs).toBeGreaterThan(50_000);
    expect((await tokenCalls()).length).toBe(4);
    expect(await sent429()).toBe(0);
  });

  it("ignore a figure looser than ours", async () => {
    setLimit(3);
    for (let i = 0; i < 3; i++) await clientCredentialsGrant();
    // Remote still has 247 left, our own limit decides.
    await expect(clientCredentialsGrant()).rejects.toBeInstanceOf(RateBudgetExhausted);
    expect((await tokenCalls()).length).toBe(3);
  });

  it("take a 429 as nothing left until its reset", async () => {
    setLimit(240);
    await control("POST", "/config", { rate_limit_per_minute: 1 });
    // Someone else using the same client id spends Remote's whole minute.
    await clientCredentialsGrant();
    await db.remoteRateBudget.deleteMany();
    await db.remoteRateSlot.deleteMany();
    const refused = await clientCredentialsGrant().catch((e) => e);
    expect(refused).toBeInstanceOf(RemoteError);
    expect(refused).not.toBeInstanceOf(RateBudgetExhausted);
    expect(refused.kind).toBe("rate_limited");
    // From now on nothing goes to Remote before its reset.
    const blocked = await clientCredentialsGrant().catch((e) => e);
    expect(blocked).toBeInstanceOf(RateBudgetExhausted);
    expect(blocked.retryAfterMs).toBeGreaterThan(50_000);
    expect(await sent429()).toBe(1);
  });

  it("block spends until the reset a 429 names, then let them through", async () => {
    await observeRemoteRateHeaders(429, new Headers({ "x-ratelimit-reset": "1200" }));
    await expect(spendRemoteCall("token", { maxWaitMs: 0 })).rejects.toBeInstanceOf(RateBudgetExhausted);
    const started = Date.now();
    await spendRemoteCall("token", { maxWaitMs: 3000 });
    expect(Date.now() - started).toBeGreaterThan(1000);
    // Retry-After (seconds) when there is no x-ratelimit-reset.
    await observeRemoteRateHeaders(429, new Headers({ "retry-after": "1" }));
    await expect(spendRemoteCall("token", { maxWaitMs: 0 })).rejects.toBeInstanceOf(RateBudgetExhausted);
  });
});

describe("the health monitor", () => {
  it("spends its refreshes as background work, waiting for room instead of failing", async () => {
    shortWindow();
    const { connectionId } = await connect(ACME.id);
    const base = await db.connection.findUniqueOrThrow({ where: { id: connectionId } });
    const id = randomUUID();
    const idleSince = new Date(Date.now() - 2 * 86_400_000);
    await db.connection.create({
      data: {
        id,
        environment: "emulator",
        remoteCompanyId: randomUUID(),
        companyName: "Idle",
        refreshTokenEnc: encryptSecret({ table: "Connection", id, field: "refreshToken" }, decryptSecret({ table: "Connection", id: base.id, field: "refreshToken" }, base.refreshTokenEnc!)),
        lastRefreshAt: idleSince,
        connectedAt: idleSince,
        tokenVersion: 1,
      },
    });
    await db.connection.update({ where: { id: base.id }, data: { status: "disconnected" } });
    await db.remoteRateSlot.deleteMany();
    await control("DELETE", "/requests");
    // 7 of 10: room for token and proxy calls, none for background work.
    await spendN(7);
    const sweep = runHealthSweep({ settings: { intervalHours: 24, maxPerMinute: 600, giveUpDays: 3 } });
    expect(await within(sweep, 700)).toBe("pending");
    expect(await tokenCalls("refresh_token")).toHaveLength(0);
    const summary = await sweep;
    expect(summary).toMatchObject({ healthy: 1, remote_calls: 1 });
    expect(await tokenCalls("refresh_token")).toHaveLength(1);
    expect(await counted()).toBeGreaterThanOrEqual(1);
  });
});
