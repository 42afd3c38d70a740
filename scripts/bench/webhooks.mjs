// Webhook delivery benchmark (numbers, not pass/fail): throughput to a local receiver with 1 and 2
// `npm run worker` processes, and state-change-to-receipt latency. The receiver is the integration
// tests' one: its own process, verifying every signature with the standardwebhooks library.
//   node scripts/bench/webhooks.mjs                     SQLite (data/bench/webhooks.db)
//   BENCH_DATABASE_URL=postgresql://… node scripts/bench/webhooks.mjs   an empty, migrated PostgreSQL database
// Internally it also runs as its own step process (argv[2] = "step") to use the app's TypeScript modules.
import { spawn } from "node:child_process";
import { benchEnv, freshDb, root } from "./harness.mjs";
import { summarize } from "./stats.mjs";

const DB = "data/bench/webhooks.db";
const THROUGHPUT_EVENTS = Number(process.env.BENCH_WEBHOOK_EVENTS ?? 1000);
const LATENCY_EVENTS = Number(process.env.BENCH_WEBHOOK_LATENCY_EVENTS ?? 100);
const SECRET = "whsec_" + Buffer.alloc(32, 7).toString("base64");
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

if (process.argv[2] === "step") await step(process.argv[3], process.argv.slice(4));
else await main();

// ---- step process: runs with --conditions=react-server --import tsx, so it can load lib/ ----
async function step(name, args) {
  const { getDb } = await import("../../lib/db.ts");
  const { emit } = await import("../../lib/events/emit.ts");
  const db = getDb();
  const conn = (i) => ({ id: `bench_${i}`, external_id: `cust-${i}`, remote_company_id: `co_${i}`, company_name: `Company ${i}`, status: "connected", environment: "emulator" });
  const out = (v) => process.stdout.write(JSON.stringify(v) + "\n");
  if (name === "setup") {
    const { sealEndpointSecret } = await import("../../lib/webhooks/endpoint-secrets.ts");
    for (const t of ["WebhookDelivery", "Event", "WebhookEndpoint", "JobLease"]) await db.$executeRawUnsafe(`DELETE FROM "${t}"`);
    await db.webhookEndpoint.create({ data: { id: "bench-ep", url: args[0], secretEnc: sealEndpointSecret("bench-ep", "secret", SECRET), createdAt: new Date(Date.now() - 60_000) } });
    out({ ok: true });
  } else if (name === "burst") {
    // One transaction: every event is committed (and dispatchable) at the same instant.
    const n = Number(args[0]);
    await db.$transaction(async (tx) => {
      for (let i = 0; i < n; i++) await emit(tx, "connection.created", { connection: conn(i) });
    });
    out({ committedAt: Date.now() });
  } else if (name === "trickle") {
    // One state change at a time, ~5 a second, as a real app would write them.
    const n = Number(args[0]);
    const sent = [];
    for (let i = 0; i < n; i++) {
      const { id } = await db.$transaction((tx) => emit(tx, "connection.recovered", { connection: conn(i) }));
      sent.push({ id, at: Date.now() });
      await sleep(150 + Math.random() * 100);
    }
    out({ sent });
  } else if (name === "pending") {
    out({ pending: await db.webhookDelivery.count({ where: { status: { not: "succeeded" } } }) });
  }
  process.exit(0);
}

// ---- the benchmark ----
function node(args, env, onLine) {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout.on("data", (c) => {
    out += c;
    onLine?.(out);
  });
  const last = () => {
    try {
      return JSON.parse(out.trim().split("\n").pop());
    } catch {
      return null; // a process that prints log lines, not a result
    }
  };
  const done = new Promise((res, rej) => child.on("exit", (code) => (code === 0 ? res(last()) : rej(new Error(`${args[0]} exited ${code}\n${out}`)))));
  return { child, done };
}

async function main() {
  const pg = process.env.BENCH_DATABASE_URL;
  if (!pg) freshDb(DB);
  const env = { ...benchEnv("http://127.0.0.1:9", DB), ...(pg ? { DATABASE_URL: pg } : {}), WEBHOOK_ALLOW_PRIVATE_URLS: "true" };
  let port;
  const receiver = node(["tests/integration/support/webhook-receiver.ts", SECRET], {}, (out) => (port ??= /"port":(\d+)/.exec(out)?.[1]));
  while (!port) await sleep(50);
  const base = `http://127.0.0.1:${port}`;
  const received = async () => (await fetch(`${base}/log`)).json();
  const steps = (name, ...args) => node(["scripts/bench/webhooks.mjs", "step", name, ...args], env).done;

  async function withWorkers(count, fn) {
    await steps("setup", `${base}/ok`);
    const workers = Array.from({ length: count }, () => node(["scripts/worker.ts"], env, () => undefined));
    // The runner logs its start; give both time to load and take their first tick.
    await sleep(4000);
    try {
      return await fn();
    } finally {
      for (const w of workers) w.child.kill("SIGTERM");
      await Promise.all(workers.map((w) => w.done.catch(() => undefined)));
    }
  }

  const pad = (s) => s.padEnd(34);
  console.log(`Webhook delivery (${pg ? "PostgreSQL" : "SQLite"}; receiver verifies every signature; WEBHOOK_TIMEOUT_MS default)`);
  for (const count of [1, 2]) {
    const r = await withWorkers(count, async () => {
      const before = (await received()).length;
      const { committedAt } = await steps("burst", String(THROUGHPUT_EVENTS));
      let log;
      for (;;) {
        log = (await received()).slice(before);
        if (log.length >= THROUGHPUT_EVENTS) break;
        await sleep(200);
      }
      const last = Math.max(...log.map((x) => x.at));
      const ids = new Set(log.map((x) => x.id));
      return { seconds: (last - committedAt) / 1000, dupes: log.length - ids.size, bad: log.filter((x) => !x.verified).length };
    });
    console.log(`   ${pad(`throughput, ${count} worker process${count > 1 ? "es" : ""}:`)}${(THROUGHPUT_EVENTS / r.seconds).toFixed(0)} events/s  (${THROUGHPUT_EVENTS} events in ${r.seconds.toFixed(1)} s, duplicates ${r.dupes}, unverified ${r.bad})`);
  }
  const lat = await withWorkers(2, async () => {
    const { sent } = await steps("trickle", String(LATENCY_EVENTS));
    await sleep(3000);
    const byId = new Map((await received()).map((x) => [x.id, x.at]));
    return summarize(sent.map((s) => (byId.has(s.id) ? byId.get(s.id) - s.at : Infinity)));
  });
  console.log(`   ${pad("state change → receipt (2 workers):")}p50 ${lat.p50} ms  p99 ${lat.p99} ms  max ${lat.max} ms  (${lat.n} events, ~5/s)`);
  receiver.child.kill("SIGTERM");
}
