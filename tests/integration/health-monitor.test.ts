// The proactive health monitor (issue #10): a sweep with a controllable clock, against the real
// emulator over HTTP, through the same single-flight refresh as every other caller.
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { beforeEach, describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret } from "@/lib/crypto/vault";
import { runHealthSweep, type SweepOptions } from "@/lib/connections/health-monitor";
import { connectionHealthCheck, healthMonitorState, requestSweepNow } from "@/lib/connections/health-monitor-state";
import { HEALTH_JOB } from "@/lib/connections/health-schedule";
import { startJobRunner, stopJobRunner } from "@/lib/jobs";
import type { HealthSettings } from "@/lib/connections/health-schedule";
import type { Db } from "@/lib/db";
import { eventPayload } from "@/lib/events/emit";
import { freshDatabase } from "./support/db";
import { control, resetEmulator, tokenCalls } from "./support/emulator";
import { ACME, connect } from "./support/consent";

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const SETTINGS: HealthSettings = { intervalHours: 24, maxPerMinute: 60, giveUpDays: 3 };

let db: Db;
let T0: number;

beforeEach(async () => {
  db = await freshDatabase();
  await resetEmulator();
  T0 = Date.now();
});

/**
 * `n` connections that share ACME's refresh token (the emulator does not rotate it), each sealed
 * under its own row id as the vault requires, last refreshed `idleFor` ms before T0.
 */
async function connections(n: number, idleFor: number): Promise<string[]> {
  const source = await db.connection.findFirst({ where: { remoteCompanyId: ACME.id } });
  const base = source ?? (await db.connection.findUniqueOrThrow({ where: { id: (await connect(ACME.id)).connectionId } }));
  const refreshToken = decryptSecret({ table: "Connection", id: base.id, field: "refreshToken" }, base.refreshTokenEnc!);
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = randomUUID();
    await db.connection.create({
      data: {
        id,
        environment: "emulator",
        remoteCompanyId: randomUUID(),
        companyName: `Idle ${i}`,
        refreshTokenEnc: encryptSecret({ table: "Connection", id, field: "refreshToken" }, refreshToken),
        lastRefreshAt: new Date(T0 - idleFor),
        connectedAt: new Date(T0 - idleFor),
        tokenVersion: 1,
      },
    });
    ids.push(id);
  }
  // The consent that produced the token was refreshed just now: keep it out of the way.
  await db.connection.update({ where: { id: base.id }, data: { status: "disconnected" } });
  await db.event.deleteMany();
  await control("DELETE", "/requests");
  return ids;
}

/** A test clock: sleeping moves it forward instead of waiting. */
function testClock(start: number) {
  let t = start;
  const slept: number[] = [];
  return {
    set: (ms: number) => (t = ms),
    opts: (extra: Partial<SweepOptions> = {}): SweepOptions => ({
      now: () => new Date(t),
      sleep: async (ms: number) => {
        slept.push(ms);
        t += ms;
      },
      random: () => 0,
      settings: SETTINGS,
      ...extra,
    }),
    slept,
  };
}

const rows = (ids: string[]) => db.connection.findMany({ where: { id: { in: ids } }, orderBy: { companyName: "asc" } });
const types = async () => (await db.event.findMany({ orderBy: { id: "asc" } })).map((e) => e.type);
/** Lets the next refresh run now: the cool-down after a failure is real time, not the test clock's. */
const endCoolDowns = () => db.connection.updateMany({ data: { retryNotBefore: null } });
const failRefresh = (status: number, body?: unknown) => control("POST", "/faults", { target: "token", grant: "refresh_token", mode: "error", status, body });

describe("health sweep", () => {
  it("refreshes only the connections idle for the interval; recently refreshed ones are only rescheduled", async () => {
    const idle = await connections(3, 25 * HOUR);
    const recent = await connections(2, 1 * HOUR);
    const clock = testClock(T0);
    const before = await rows([...idle, ...recent]);

    const summary = await runHealthSweep(clock.opts());
    expect(summary).toMatchObject({ checked: 3, healthy: 3, failing: 0, needs_reconnect: 0, skipped: 2, remote_calls: 3 });
    expect(await tokenCalls("refresh_token")).toHaveLength(3);
    for (const r of await rows(idle)) {
      expect(r.tokenVersion).toBe(2);
      expect(r.accessTokenEnc).not.toBeNull();
      // One call a second at 60 a minute: checked at T0, T0 + 1 s, T0 + 2 s.
      expect([T0, T0 + 1000, T0 + 2000]).toContain(r.healthCheckedAt?.getTime());
      expect(r.nextHealthCheckAt!.getTime() - r.healthCheckedAt!.getTime()).toBe(24 * HOUR);
    }
    for (const r of await rows(recent)) {
      const was = before.find((b) => b.id === r.id)!;
      expect(r).toMatchObject({ tokenVersion: was.tokenVersion, accessTokenEnc: null, healthCheckedAt: null });
      // Due when its token has been idle for the interval, not before.
      expect(r.nextHealthCheckAt?.getTime()).toBe(was.lastRefreshAt!.getTime() + 24 * HOUR);
    }

    // Nothing is due again until then: a second sweep now and one just before make no call.
    expect(await runHealthSweep(clock.opts())).toMatchObject({ checked: 0, skipped: 0, remote_calls: 0 });
    clock.set(T0 + 22 * HOUR);
    expect(await runHealthSweep(clock.opts())).toMatchObject({ checked: 0, skipped: 0, remote_calls: 0 });
    expect(await tokenCalls("refresh_token")).toHaveLength(3);
    // A day later the two that were recent are idle and due: refreshed now.
    clock.set(T0 + 23 * HOUR + 30 * 60_000);
    expect(await runHealthSweep(clock.opts())).toMatchObject({ checked: 2, healthy: 2, remote_calls: 2 });
    expect((await rows(recent)).every((r) => r.tokenVersion === 2)).toBe(true);
  });

  it("makes at most HEALTH_CHECK_MAX_PER_MINUTE Remote calls in any minute", async () => {
    const ids = await connections(12, 2 * DAY);
    const clock = testClock(T0);
    const summary = await runHealthSweep(clock.opts({ settings: { ...SETTINGS, maxPerMinute: 5 } }));
    expect(summary).toMatchObject({ checked: 12, healthy: 12, remote_calls: 12 });
    expect(await tokenCalls("refresh_token")).toHaveLength(12);
    const at = (await rows(ids)).map((r) => r.healthCheckedAt!.getTime()).sort((a, b) => a - b);
    // Any six calls in a row span more than a minute, so no minute holds more than five.
    for (let i = 0; i + 5 < at.length; i++) expect(at[i + 5] - at[i]).toBeGreaterThanOrEqual(60_000);
    expect(at[11] - at[0]).toBeGreaterThanOrEqual(11 * 12_000);
    expect(clock.slept.every((ms) => ms <= 12_000)).toBe(true);
  });

  it("escalates a connection Remote refuses (4xx) once the refusals have lasted HEALTH_GIVE_UP_DAYS, with one event", async () => {
    const [id] = await connections(1, 2 * DAY);
    await failRefresh(400, { error: "invalid_request", error_description: "Refused" });
    const clock = testClock(T0);
    const sweepAt = async (t: number) => {
      clock.set(t);
      await endCoolDowns();
      return runHealthSweep(clock.opts());
    };
    expect(await sweepAt(T0)).toMatchObject({ checked: 1, failing: 1, remote_calls: 1 });
    expect((await rows([id]))[0]).toMatchObject({ status: "refresh_failing", statusReason: "invalid_request" });
    expect((await rows([id]))[0].refusedSince?.getTime()).toBe(T0);
    for (const t of [T0 + 1 * DAY, T0 + 2 * DAY, T0 + 3 * DAY - 6 * HOUR]) {
      expect(await sweepAt(t)).toMatchObject({ checked: 1, failing: 1, needs_reconnect: 0 });
    }
    expect((await rows([id]))[0].status).toBe("refresh_failing");

    expect(await sweepAt(T0 + 3 * DAY + HOUR)).toMatchObject({ checked: 1, failing: 0, needs_reconnect: 1 });
    const [r] = await rows([id]);
    expect(r).toMatchObject({ status: "needs_reconnect", accessTokenEnc: null });
    expect(await types()).toEqual(["connection.refresh_failed", "connection.needs_reconnect"]);
    const event = (await db.event.findMany({ where: { type: "connection.needs_reconnect" } })).map(eventPayload)[0];
    expect(event.data).toMatchObject({ connection: { id, status: "needs_reconnect" }, reason: "invalid_request", reconnect_url: expect.stringMatching(/\/connect\/[A-Za-z0-9_-]{16,}$/) });
    const audit = await db.auditEvent.findMany({ where: { connectionId: id, type: "health_check.escalated" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorType: "system" });

    // Escalated once: later sweeps leave it alone.
    expect(await sweepAt(T0 + 5 * DAY)).toMatchObject({ checked: 0, remote_calls: 0 });
    expect(await types()).toEqual(["connection.refresh_failed", "connection.needs_reconnect"]);
    expect(await tokenCalls("refresh_token")).toHaveLength(5);
  });

  it.each([
    ["503", { status: 503 }],
    ["429", { status: 429 }],
    ["timeout", { mode: "timeout" }],
  ])("a %s streak just as long never escalates", async (_name, fault) => {
    const [id] = await connections(1, 2 * DAY);
    await control("POST", "/faults", { target: "token", grant: "refresh_token", mode: "error", ...fault });
    const clock = testClock(T0);
    for (const t of [T0, T0 + 1 * DAY, T0 + 2 * DAY, T0 + 3 * DAY + HOUR, T0 + 5 * DAY]) {
      clock.set(t);
      await endCoolDowns();
      expect(await runHealthSweep(clock.opts())).toMatchObject({ checked: 1, failing: 1, needs_reconnect: 0 });
    }
    const [r] = await rows([id]);
    expect(r).toMatchObject({ status: "refresh_failing", refusedSince: null });
    expect(await types()).toEqual(["connection.refresh_failed"]);
  });

  it("an outage does not break a run of refusals, a success does", async () => {
    const [id] = await connections(1, 2 * DAY);
    const clock = testClock(T0);
    const sweepAt = async (t: number, status: number | null) => {
      await control("DELETE", "/faults");
      if (status) await failRefresh(status, status === 400 ? { error: "invalid_scope" } : undefined);
      clock.set(t);
      await endCoolDowns();
      return runHealthSweep(clock.opts());
    };
    // Refused, then a success on day 1: the run starts again on day 2 and is not long enough on day 4.
    await sweepAt(T0, 400);
    expect(await sweepAt(T0 + 1 * DAY, null)).toMatchObject({ healthy: 1 });
    expect((await rows([id]))[0].refusedSince).toBeNull();
    // The success refreshed the token: make it idle again for the next sweeps.
    await db.connection.update({ where: { id }, data: { lastRefreshAt: new Date(T0) } });
    await sweepAt(T0 + 2 * DAY, 400);
    expect(await sweepAt(T0 + 4 * DAY, 400)).toMatchObject({ failing: 1, needs_reconnect: 0 });
    // A 503 in between changes nothing; the next refusal after 3 days escalates.
    expect(await sweepAt(T0 + 4 * DAY + 6 * HOUR, 503)).toMatchObject({ failing: 1, needs_reconnect: 0 });
    expect((await rows([id]))[0].refusedSince?.getTime()).toBe(T0 + 2 * DAY);
    expect(await sweepAt(T0 + 5 * DAY + HOUR, 400)).toMatchObject({ needs_reconnect: 1 });
    expect(await types()).toEqual(["connection.refresh_failed", "connection.recovered", "connection.refresh_failed", "connection.needs_reconnect"]);
  });

  it("a revoked consent found by the sweep becomes needs_reconnect at once, with one event", async () => {
    const ids = await connections(2, 2 * DAY);
    await control("POST", `/companies/${ACME.id}/revoke`);
    const summary = await runHealthSweep(testClock(T0).opts());
    expect(summary).toMatchObject({ checked: 2, needs_reconnect: 2, remote_calls: 2 });
    expect((await rows(ids)).map((r) => r.status)).toEqual(["needs_reconnect", "needs_reconnect"]);
    expect(await types()).toEqual(["connection.needs_reconnect", "connection.needs_reconnect"]);
  });

  it("stops between calls when asked to, and says so", async () => {
    await connections(4, 2 * DAY);
    const abort = new AbortController();
    const clock = testClock(T0);
    const summary = await runHealthSweep(
      clock.opts({
        settings: { ...SETTINGS, maxPerMinute: 1 },
        sleep: async () => abort.abort(),
        signal: abort.signal,
      }),
    );
    expect(summary).toMatchObject({ checked: 1, remote_calls: 1, ended: "stopped" });
  });

  it("runs as a background job that records its summary for the console, and shows each connection's schedule", async () => {
    const [id] = await connections(2, 2 * DAY);
    await connections(1, HOUR);
    await import("@/lib/connections/health-monitor-job");
    // Only the idle ones count: the recent one is rescheduled, not refreshed.
    expect((await healthMonitorState()).dueNow).toBe(2);
    await requestSweepNow();
    startJobRunner({ tickMs: 50 });
    try {
      for (let i = 0; i < 200 && !(await healthMonitorState()).lastRunAt; i++) await new Promise((r) => setTimeout(r, 50));
    } finally {
      await stopJobRunner();
    }
    const state = await healthMonitorState();
    expect(state).toMatchObject({ running: false, lastError: null, dueNow: 0, jobsInThisProcess: true, settings: { intervalHours: 24, maxPerMinute: 60, giveUpDays: 3 } });
    expect(state.summary).toMatchObject({ checked: 2, healthy: 2, skipped: 1, remote_calls: 2 });
    expect(state.nextRunAt!.getTime()).toBeGreaterThan(Date.now());
    const h = await connectionHealthCheck(id);
    expect(h).toMatchObject({ monitored: true, refusedSince: null, giveUpAt: null });
    expect(h!.nextCheckAt!.getTime() - h!.lastCheckedAt!.getTime()).toBeGreaterThanOrEqual(24 * HOUR);
  });

  it("npm run health:check runs one sweep and prints its summary; beside a running sweep it starts none", async () => {
    await connections(3, 2 * DAY);
    const healthCheck = () =>
      promisify(execFile)(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/health-check.ts"], { env: { ...process.env }, timeout: 60_000 });
    const first = await healthCheck();
    expect(first.stdout).toContain("3 idle connection(s) due now");
    expect(first.stdout).toMatch(/checked 3, healthy 3, failing 0, needs-reconnect 0, skipped 0; 3 Remote calls/);
    expect(await tokenCalls("refresh_token")).toHaveLength(3);

    // Another process holds the sweep's lease: the rate cap is shared, so no second sweep.
    await db.connection.updateMany({ data: { nextHealthCheckAt: null, lastRefreshAt: new Date(T0 - 2 * DAY) } });
    await db.jobLease.update({ where: { name: HEALTH_JOB }, data: { owner: "other-host:1:abcd", leaseUntil: new Date(Date.now() + 60_000) } });
    const second = await healthCheck();
    expect(second.stdout).toContain("already running in other-host:1:abcd");
    expect(await tokenCalls("refresh_token")).toHaveLength(3);
  });
});
