// The background job runner (lib/jobs) across real processes sharing one database: periodic jobs
// leased through JobLease, and the row-claim helper on WebhookDelivery.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { claimRows, processOwner, releaseClaims, renewClaims, startJobRunner, stopJobRunner } from "@/lib/jobs";
import { freshDatabase } from "./support/db";
import { startJobWorker, type JobEvent } from "./support/job-processes";

let db: Db;
const workers: ReturnType<typeof startJobWorker>[] = [];
const worker = (mode: "job" | "claim", env: Record<string, string> = {}) => {
  const w = startJobWorker(mode, env);
  workers.push(w);
  return w;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const count = (events: JobEvent[], ev: string) => events.filter((e) => e.ev === ev).length;

beforeEach(async () => {
  db = await freshDatabase();
});

afterEach(() => {
  for (const w of workers.splice(0)) if (w.child.exitCode === null) w.child.kill("SIGKILL");
});

describe("periodic jobs", () => {
  it("two processes with the same job: one run at a time, each due run once", async () => {
    const env = { JOB_EVERY_MS: "400", JOB_RUN_MS: "150" };
    const a = worker("job", env);
    const b = worker("job", env);
    await Promise.all([a.waitFor((e) => e.some((x) => x.ev === "ready")), b.waitFor((e) => e.some((x) => x.ev === "ready"))]);
    await a.waitFor(() => count([...a.events, ...b.events], "run-end") >= 8, 30_000);
    const runs = [...a.events, ...b.events].filter((e) => e.ev === "run-start" || e.ev === "run-end").sort((x, y) => x.at - y.at);
    // Strictly alternating start/end: never two runs at once.
    runs.forEach((e, i) => expect(e.ev).toBe(i % 2 === 0 ? "run-start" : "run-end"));
    // The next start comes only after everyMs: a due run is never taken twice.
    for (let i = 2; i < runs.length; i += 2) expect(runs[i].at - runs[i - 1].at).toBeGreaterThanOrEqual(400 - 30);
    const row = await db.jobLease.findUniqueOrThrow({ where: { name: "it-job" } });
    expect(row.lastError).toBeNull();
  }, 60_000);

  it("kill -9 of the holder mid-run: the other process takes over once the lease expires, not before", async () => {
    const a = worker("job", { JOB_EVERY_MS: "200", JOB_RUN_MS: "60000", JOB_LEASE_MS: "1500" });
    await a.waitFor((e) => e.some((x) => x.ev === "run-start"));
    const b = worker("job", { JOB_EVERY_MS: "200", JOB_RUN_MS: "50", JOB_LEASE_MS: "1500" });
    await b.waitFor((e) => e.some((x) => x.ev === "ready"));
    // Longer than the lease: the holder's renewals keep the job its own while it lives.
    await sleep(2500);
    expect(count(b.events, "run-start")).toBe(0);
    const killedAt = Date.now();
    a.child.kill("SIGKILL");
    await b.waitFor((e) => e.some((x) => x.ev === "run-end"), 15_000);
    const takeover = b.events.find((x) => x.ev === "run-start")!.at;
    // The last renewal (every lease/3) was at most 500 ms before the kill: the lease outlived it by ≥ 1 s.
    expect(takeover - killedAt).toBeGreaterThanOrEqual(900);
    expect(takeover - killedAt).toBeLessThan(5000);
  }, 60_000);

  it("SIGTERM lets the in-flight run finish, takes no new run and releases the lease", async () => {
    const a = worker("job", { JOB_EVERY_MS: "100", JOB_RUN_MS: "2000" });
    await a.waitFor((e) => e.some((x) => x.ev === "run-start"));
    a.child.kill("SIGTERM");
    expect(await a.exited).toBe(0);
    expect(a.events.map((e) => e.ev).filter((e) => e.startsWith("run-"))).toEqual(["run-start", "run-end"]);
    const row = await db.jobLease.findUniqueOrThrow({ where: { name: "it-job" } });
    expect(row).toMatchObject({ owner: null, leaseUntil: null, lastError: null });
    expect(row.lastRunAt!.getTime()).toBeGreaterThanOrEqual(a.events.find((e) => e.ev === "run-end")!.at - 50);
  }, 60_000);

  it("SIGTERM between runs releases nothing it does not hold and exits at once", async () => {
    const a = worker("job", { JOB_EVERY_MS: "60000", JOB_RUN_MS: "10" });
    await a.waitFor((e) => e.some((x) => x.ev === "run-end"));
    await sleep(300);
    const t = Date.now();
    a.child.kill("SIGTERM");
    expect(await a.exited).toBe(0);
    expect(Date.now() - t).toBeLessThan(2000);
    const row = await db.jobLease.findUniqueOrThrow({ where: { name: "it-job" } });
    expect(row.owner).toBeNull();
    expect(row.nextRunAt.getTime()).toBeGreaterThan(Date.now() + 50_000);
  }, 60_000);

  it("a throwing job records lastError, keeps the runner alive and runs again next time", async () => {
    const a = worker("job", { JOB_EVERY_MS: "300", JOB_RUN_MS: "10", JOB_THROW: "1" });
    await a.waitFor((e) => count(e, "run-throw") >= 2);
    expect(a.child.exitCode).toBeNull();
    const row = await db.jobLease.findUniqueOrThrow({ where: { name: "it-job" } });
    expect(row.lastError).toBe("Error: job exploded on purpose");
    expect(row.owner === null || row.owner.includes(`:${a.child.pid}:`)).toBe(true);
  }, 60_000);
});

async function seedDeliveries(n: number, extra: { status?: string; nextAttemptAt?: Date; claimedBy?: string; claimedUntil?: Date } = {}, prefix = "e") {
  const endpoint = await db.webhookEndpoint.upsert({ where: { id: "ep1" }, create: { id: "ep1", url: "https://receiver.example/hook", secretEnc: "x" }, update: {} });
  const ids: string[] = [];
  const base = Date.now();
  for (let i = 0; i < n; i++) {
    const ev = await db.event.create({ data: { id: `${prefix}${i}`, type: "ping", data: "{}" } });
    const d = await db.webhookDelivery.create({ data: { eventId: ev.id, endpointId: endpoint.id, nextAttemptAt: new Date(base - 1000 - i * 1000), ...extra } });
    ids.push(d.id);
  }
  return ids;
}

describe("claimRows", () => {
  it("three processes claiming at once: every claimable row goes to exactly one, nothing else is touched", async () => {
    const claimable = await seedDeliveries(120);
    claimable.push(...(await seedDeliveries(5, { claimedBy: "dead-process", claimedUntil: new Date(Date.now() - 1000) }, "expired")));
    await seedDeliveries(5, { claimedBy: "live-process", claimedUntil: new Date(Date.now() + 600_000) }, "held");
    await seedDeliveries(5, { nextAttemptAt: new Date(Date.now() + 600_000) }, "later");
    await seedDeliveries(5, { status: "succeeded" }, "done");
    const ws = [worker("claim"), worker("claim"), worker("claim")];
    await sleep(2500);
    ws.forEach((w) => w.go());
    await Promise.all(ws.map((w) => w.waitFor((e) => e.some((x) => x.ev === "claimed"), 40_000)));
    const got = ws.map((w) => w.events.find((x) => x.ev === "claimed")!.ids!);
    const all = got.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual([...claimable].sort());
    for (const [i, w] of ws.entries()) {
      const rows = await db.webhookDelivery.findMany({ where: { id: { in: got[i] } } });
      for (const r of rows) expect(r.claimedBy).toContain(`:${w.child.pid}:`);
    }
    expect(await db.webhookDelivery.count({ where: { claimedBy: "live-process" } })).toBe(5);
  }, 90_000);

  it("claims oldest due first up to the limit, and releaseClaims frees only the owner's rows", async () => {
    const ids = await seedDeliveries(6);
    const first = await claimRows<{ id: string; claimedUntil: Date }>({ table: "WebhookDelivery", dueColumn: "nextAttemptAt", match: { status: "pending" }, owner: "me", leaseMs: 30_000, limit: 4 });
    // seedDeliveries makes later rows due earlier.
    expect(first.map((r) => r.id)).toEqual(ids.slice(2).reverse());
    expect(first[0].claimedUntil.getTime()).toBeGreaterThan(Date.now() + 25_000);
    const second = await claimRows({ table: "WebhookDelivery", dueColumn: "nextAttemptAt", owner: "other", leaseMs: 30_000, limit: 10 });
    expect(second).toHaveLength(2);
    // A long piece of work extends only its own claims.
    expect(await renewClaims("WebhookDelivery", "me", ids, 120_000)).toBe(4);
    expect(await db.webhookDelivery.count({ where: { claimedUntil: { gt: new Date(Date.now() + 100_000) } } })).toBe(4);
    expect(await releaseClaims("me", ["WebhookDelivery"])).toBe(4);
    expect(await db.webhookDelivery.count({ where: { claimedBy: null } })).toBe(4);
    expect(await db.webhookDelivery.count({ where: { claimedBy: "other" } })).toBe(2);
  });

  it("stopping the runner releases the rows this process claimed, and only those", async () => {
    await seedDeliveries(4);
    startJobRunner({ tickMs: 50 });
    await claimRows({ table: "WebhookDelivery", dueColumn: "nextAttemptAt", owner: processOwner(), leaseMs: 60_000, limit: 3 });
    await claimRows({ table: "WebhookDelivery", dueColumn: "nextAttemptAt", owner: "another-process", leaseMs: 60_000, limit: 3 });
    await stopJobRunner();
    expect(await db.webhookDelivery.count({ where: { claimedBy: null, claimedUntil: null } })).toBe(3);
    expect(await db.webhookDelivery.count({ where: { claimedBy: "another-process" } })).toBe(1);
  });

  it("refuses a table or column name that is not a plain identifier", async () => {
    await expect(claimRows({ table: 'WebhookDelivery" --', dueColumn: "nextAttemptAt", owner: "me", leaseMs: 1000, limit: 1 })).rejects.toThrow(/identifier/);
  });
});
