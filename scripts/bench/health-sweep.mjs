// Health-monitor benchmark: one sweep over 10,000 idle connections against the emulator over HTTP.
// Prints wall time at the configured rate and unthrottled (the cost per connection), the Remote
// calls made and the database row writes per connection. Numbers, not a timed test.
//   node scripts/bench/health-sweep.mjs
//   BENCH_HEALTH_CONNECTIONS=2000 BENCH_HEALTH_REAL_SECONDS=20 node scripts/bench/health-sweep.mjs
import { createRequire } from "node:module";
import path from "node:path";
import { benchEnv, freshDb, root, runTs, startEmulator } from "./harness.mjs";

const N = Number(process.env.BENCH_HEALTH_CONNECTIONS ?? 10_000);
const REAL_SECONDS = Number(process.env.BENCH_HEALTH_REAL_SECONDS ?? 30);
const RATE = Number(process.env.HEALTH_CHECK_MAX_PER_MINUTE ?? 60);
const STEPS = "scripts/bench/health-steps.ts";
const APP_URL = "http://localhost:3200";
const DB = "data/bench/health.db";
const TABLES = ["Connection", "AuditEvent", "Event", "ConnectLink", "JobLease"];

const json = (s) => JSON.parse(s.trim().split("\n").pop());
const minutes = (ms) => {
  const s = Math.round(ms / 1000);
  return s >= 3600 ? `${Math.floor(s / 3600)} h ${Math.round((s % 3600) / 60)} min` : s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${(ms / 1000).toFixed(1)} s`;
};

// Row writes are counted by triggers in the throwaway bench database (every INSERT/UPDATE/DELETE row).
const require = createRequire(import.meta.url);
const Database = require("better-sqlite3");
function installCounters() {
  const db = new Database(path.join(root, DB));
  db.exec(`CREATE TABLE IF NOT EXISTS bench_writes (tbl TEXT PRIMARY KEY, n INTEGER NOT NULL)`);
  for (const t of TABLES) {
    for (const op of ["INSERT", "UPDATE", "DELETE"]) {
      db.exec(
        `CREATE TRIGGER IF NOT EXISTS bench_${t}_${op} AFTER ${op} ON "${t}" BEGIN ` +
          `INSERT INTO bench_writes (tbl, n) VALUES ('${t}', 1) ON CONFLICT(tbl) DO UPDATE SET n = n + 1; END`,
      );
    }
  }
  db.close();
}
function takeWrites() {
  const db = new Database(path.join(root, DB));
  const rows = db.prepare("SELECT tbl, n FROM bench_writes").all();
  db.exec("DELETE FROM bench_writes");
  db.close();
  return Object.fromEntries(rows.map((r) => [r.tbl, r.n]));
}

const emulator = await startEmulator(APP_URL);
const env = { ...benchEnv(emulator.url, DB, APP_URL), HEALTH_CHECK_MAX_PER_MINUTE: String(RATE) };
// Refresh tokens the emulator issued (its request log keeps only the last 2,000 requests; this list is complete).
let issuedBefore = 0;
const refreshCalls = async () => {
  const issued = (await (await fetch(`${emulator.url}/__emulator/tokens`)).json()).filter((t) => t.grant === "refresh_token").length;
  const calls = issued - issuedBefore;
  issuedBefore = issued;
  return calls;
};

try {
  freshDb(DB);
  const t0 = performance.now();
  await runTs(STEPS, ["setup", String(N)], env);
  console.log(`Health sweep: ${N.toLocaleString("en-US")} idle connections (set up in ${minutes(performance.now() - t0)}), emulator over HTTP, SQLite (WAL)`);
  installCounters();
  await refreshCalls();

  const report = (r, calls, writes) => {
    const total = Object.values(writes).reduce((a, b) => a + b, 0);
    const per = r.summary.checked ? total / r.summary.checked : 0;
    const detail = Object.entries(writes).map(([t, n]) => `${t} ${(n / Math.max(1, r.summary.checked)).toFixed(2)}`).join(", ");
    console.log(`   checked ${r.summary.checked} (healthy ${r.summary.healthy}, failing ${r.summary.failing}, skipped ${r.summary.skipped}); Remote calls counted by the sweep ${r.summary.remote_calls}, answered by the emulator ${calls}`);
    console.log(`   row writes per connection: ${per.toFixed(2)} (${detail})`);
  };

  // One full sweep at the configured rate, on a clock that skips the waits (in real time it takes
  // hours): its clock gives the wall time at the rate, and the real time it took is the sweep
  // unthrottled, since skipping the waits is the only difference.
  const r = json(await runTs(STEPS, ["sweep", "paced"], env));
  const calls = await refreshCalls();
  const expected = (N / RATE) * 60_000;
  const checked = Math.max(1, r.summary.checked);
  console.log(`   at ${RATE}/min (HEALTH_CHECK_MAX_PER_MINUTE): ${minutes(r.wallMs)} wall; ${N.toLocaleString("en-US")}/${RATE} a minute = ${minutes(expected)}`);
  console.log(`   unthrottled: ${minutes(r.realMs)} wall = ${(r.realMs / checked).toFixed(1)} ms per connection, up to ${Math.round((checked / r.realMs) * 60_000).toLocaleString("en-US")} connections/min in one process`);
  report(r, calls, takeWrites());

  // 3. The cap in real time, for a short while: calls a minute as observed.
  await runTs(STEPS, ["idle"], env);
  takeWrites();
  const real = json(await runTs(STEPS, ["sweep", "real", String(REAL_SECONDS)], env));
  const realCalls = await refreshCalls();
  console.log(`   the cap in real time, ${REAL_SECONDS} s at ${RATE}/min: ${realCalls} Remote calls = ${((realCalls / real.realMs) * 60_000).toFixed(1)}/min observed`);
} finally {
  emulator.stop();
}
process.exit(0);
