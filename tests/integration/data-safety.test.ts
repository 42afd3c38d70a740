// "Acknowledged means stored": writes that the app reported as done survive transactions that roll
// back around them, other processes writing the same database, and a locked SQLite file.
import { createRequire } from "node:module";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { DELETE as deleteRoute } from "@/app/api/v1/connections/[id]/route";
import { POST as linkRoute } from "@/app/api/v1/connect-links/route";
import { createApiKey } from "@/lib/api-keys/service";
import { recordAudit } from "@/lib/audit/record";
import { createConnectLink } from "@/lib/connect-links/service";
import { disconnectConnection } from "@/lib/connections/disconnect";
import { DatabaseBusyError, isDatabaseUnavailable } from "@/lib/db/errors";
import { createDb, freshDatabase } from "./support/db";
import { settle, startWorker } from "./support/processes";
import type { Db } from "@/lib/db";

const actor = { type: "system" as const, label: "data-safety test" };
const sqlite = !process.env.DATABASE_URL!.startsWith("postgres");
let db: Db;

beforeEach(async () => {
  db = await freshDatabase();
});

const rollbacks = (n: number) => Array.from({ length: n }, (_, i) => disconnectConnection(`no-such-${i}`, actor).then(() => "stored", (e) => (e.code === "not_found" ? "not_found" : String(e))));

describe("acknowledged writes survive transactions that roll back", () => {
  it("in-process: 200 connect links and 200 audit events interleaved with 200 rolled-back transactions", async () => {
    const links = Array.from({ length: 200 }, (_, i) => createConnectLink({ externalId: `race-${i}`, actor }));
    const audits = Array.from({ length: 200 }, (_, i) => recordAudit({ type: "connection.consent_failed", actor, message: `race-${i}` }));
    const [linked, , failed] = await Promise.all([Promise.all(links), Promise.all(audits), Promise.all(rollbacks(200))]);

    expect(new Set(failed)).toEqual(new Set(["not_found"]));
    const stored = await db.connectLink.findMany({ where: { id: { in: linked.map((l) => l.id) } }, select: { id: true } });
    expect(stored).toHaveLength(200);
    expect(await db.auditEvent.count({ where: { type: "connection.consent_failed", message: { startsWith: "race-" } } })).toBe(200);
    // Each link also wrote its own audit event outside any transaction.
    expect(await db.auditEvent.count({ where: { type: "connect_link.created" } })).toBe(200);
  });

  it("through the partner API: 201 connect links are all there after concurrent 404 deletes", async () => {
    const key = (await createApiKey({ name: "race", actor })).key;
    const req = (method: string, url: string, body?: unknown) =>
      new Request(`http://localhost:3999${url}`, { method, headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: body ? JSON.stringify(body) : undefined });
    const creates = Array.from({ length: 150 }, (_, i) => linkRoute(req("POST", "/api/v1/connect-links", { external_id: `api-${i}` }), { params: Promise.resolve({}) }));
    const deletes = Array.from({ length: 150 }, (_, i) => deleteRoute(req("DELETE", `/api/v1/connections/nope-${i}`), { params: Promise.resolve({ id: `nope-${i}` }) }));
    const [created, deleted] = await Promise.all([Promise.all(creates), Promise.all(deletes)]);

    expect(deleted.map((r) => r.status)).toEqual(Array(150).fill(404));
    expect(created.map((r) => r.status)).toEqual(Array(150).fill(201));
    const ids = await Promise.all(created.map(async (r) => ((await r.json()) as { id: string }).id));
    expect(await db.connectLink.count({ where: { id: { in: ids } } })).toBe(150);
  });

  it("a transaction sees only its own statements: others neither join it nor see its rows before commit", async () => {
    let inside!: () => void;
    const insideReached = new Promise<void>((r) => (inside = r));
    const tx = db
      .$transaction(async (t) => {
        await t.auditEvent.create({ data: { type: "connection.consent_failed", actorType: "system", message: "tx-row" } });
        inside();
        await new Promise((r) => setTimeout(r, 300));
        throw new Error("abort on purpose");
      })
      .catch((e: Error) => e.message);
    await insideReached;
    // While the transaction is open: a read outside does not see its row and does not wait for it.
    const t0 = Date.now();
    expect(await db.auditEvent.count({ where: { message: "tx-row" } })).toBe(0);
    expect(Date.now() - t0).toBeLessThan(250);
    // A plain write issued meanwhile is acknowledged and survives the rollback.
    await recordAudit({ type: "connection.consent_failed", actor, message: "outside-row" });
    expect(await tx).toBe("abort on purpose");
    expect(await db.auditEvent.count({ where: { message: "tx-row" } })).toBe(0);
    expect(await db.auditEvent.count({ where: { message: "outside-row" } })).toBe(1);
  });

  it("a failed transaction does not poison the next ones", async () => {
    await db.apiKey.create({ data: { name: "dup", prefix: "x", keyHash: "same-hash" } });
    const dup = await db
      .$transaction(async (t) => {
        await t.auditEvent.create({ data: { type: "connection.consent_failed", actorType: "system", message: "before-dup" } });
        await t.apiKey.create({ data: { name: "dup2", prefix: "x", keyHash: "same-hash" } });
      })
      .then(() => "committed", (e: { code?: string }) => e.code);
    expect(dup).toBe("P2002");
    const after = await Promise.all(Array.from({ length: 20 }, (_, i) => db.$transaction(async (t) => t.auditEvent.create({ data: { type: "connection.consent_failed", actorType: "system", message: `after-${i}` } }))));
    expect(after).toHaveLength(20);
    expect(await db.auditEvent.count({ where: { message: "before-dup" } })).toBe(0);
    expect(await db.auditEvent.count({ where: { message: { startsWith: "after-" } } })).toBe(20);
  });
});

describe("several processes on one database", () => {
  it("two app processes writing at once: no errors, every acknowledged write stored", async () => {
    type Out = { pid: number; acked: { links: string[]; keys: string[]; audits: string[]; txs: string[] }; errors: string[] };
    const workers = [startWorker<Out>("tests/integration/support/write-worker.ts", ["200"]), startWorker<Out>("tests/integration/support/write-worker.ts", ["200"])];
    await settle();
    workers.forEach((w) => w.go());
    const outs = await Promise.all(workers.map((w) => w.done));

    expect(outs.flatMap((o) => o.errors)).toEqual([]);
    const links = outs.flatMap((o) => o.acked.links);
    const keys = outs.flatMap((o) => o.acked.keys);
    const txs = outs.flatMap((o) => o.acked.txs);
    expect([links.length, keys.length, txs.length]).toEqual([80, 80, 80]);
    expect(await db.connectLink.count({ where: { id: { in: links } } })).toBe(80);
    expect(await db.apiKey.count({ where: { id: { in: keys } } })).toBe(80);
    expect(await db.auditEvent.count({ where: { id: { in: txs } } })).toBe(80);
    expect(await db.auditEvent.count({ where: { message: { in: outs.flatMap((o) => o.acked.audits) } } })).toBe(80);
  }, 60_000);
});

describe.runIf(sqlite)("a locked SQLite file", () => {
  const file = () => path.resolve(process.cwd(), process.env.DATABASE_URL!.replace(/^file:/, ""));
  // Another process's writer, as the sqlite3 shell or a CLI would hold it.
  const holdWriteLock = () => {
    const Database = createRequire(import.meta.url)("better-sqlite3");
    const other = new Database(file());
    other.prepare("BEGIN IMMEDIATE").run();
    return () => {
      other.prepare("COMMIT").run();
      other.close();
    };
  };

  it("waits (without blocking the event loop) and writes once the other writer commits", async () => {
    const client = createDb(process.env.DATABASE_URL!, { busyTimeoutMs: 3000 });
    const release = holdWriteLock();
    setTimeout(release, 400);
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    const t0 = Date.now();
    const row = await client.auditEvent.create({ data: { type: "connection.consent_failed", actorType: "system", message: "after-lock" } });
    clearInterval(ticker);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(350);
    expect(ticks).toBeGreaterThan(15);
    expect(await db.auditEvent.count({ where: { id: row.id } })).toBe(1);
    await client.$disconnect();
  });

  it("gives up after DATABASE_BUSY_TIMEOUT_MS with a 'busy' error and writes nothing", async () => {
    const client = createDb(process.env.DATABASE_URL!, { busyTimeoutMs: 300 });
    const release = holdWriteLock();
    try {
      const t0 = Date.now();
      const plain = await client.auditEvent.create({ data: { type: "connection.consent_failed", actorType: "system", message: "never" } }).catch((e) => e);
      const inTx = await client.$transaction(async (t) => t.auditEvent.create({ data: { type: "connection.consent_failed", actorType: "system", message: "never" } })).catch((e) => e);
      expect(Date.now() - t0).toBeLessThan(3000);
      for (const e of [plain, inTx]) {
        expect(isDatabaseUnavailable(e)).toBe(true);
        expect(e).toBeInstanceOf(Error);
      }
    } finally {
      release();
    }
    expect(await db.auditEvent.count({ where: { message: "never" } })).toBe(0);
    // And the client works again as soon as the lock is gone.
    await client.auditEvent.create({ data: { type: "connection.consent_failed", actorType: "system", message: "later" } });
    expect(await db.auditEvent.count({ where: { message: "later" } })).toBe(1);
    await client.$disconnect();
    expect(new DatabaseBusyError().retryAfterMs).toBeGreaterThan(0);
  });
});
