// Relaying Remote's webhooks (numbers, not pass/fail): inbound ack latency of
// POST /api/remote/webhooks/{id} (signed deliveries with a known key), sustained inbound rate with
// dedupe on (distinct bodies, and a run of repeats), and Remote-event-to-partner latency (the
// emulator emits, signs and delivers; the app verifies, stores, and forwards through its outbox to a
// receiver process that verifies every Standard Webhooks signature).
//   node scripts/bench/remote-events.mjs        (or: npm run bench -- remote-events)
//   BENCH_DATABASE_URL=postgresql://… node scripts/bench/remote-events.mjs   an empty, migrated PostgreSQL database
// Needs a production build (npx next build; NEXT_DIST_DIR is honoured). Internally it also runs as its
// own step process (argv[2] = "step") to use the app's TypeScript modules.
import { spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { benchEnv, freshDb, root, startEmulator } from "./harness.mjs";
import { summarize } from "./stats.mjs";

const DB = "data/bench/remote-events.db";
const PORT = Number(process.env.BENCH_RELAY_PORT ?? 3210);
const APP_URL = `http://localhost:${PORT}`;
const SUBS = 20;
const ACK_SAMPLES = Number(process.env.BENCH_RELAY_ACK_SAMPLES ?? 1000);
const RATE_SECONDS = Number(process.env.BENCH_RELAY_SECONDS ?? 10);
const E2E_EVENTS = Number(process.env.BENCH_RELAY_E2E_EVENTS ?? 100);
const PARTNER_SECRET = "whsec_" + Buffer.alloc(32, 5).toString("base64");
const SEED_COMPANY = "8d0e4f7a-2b1c-4e9d-a6f3-5c2b1a0d9e84"; // the emulator's Northwind
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const subId = (i) => `rcb_bench${String(i).padStart(4, "0")}${"x".repeat(23)}`;
const keyOf = (i) => `bench-signing-key-${i}`;

// ---- step process: runs with --conditions=react-server --import tsx, so it can load lib/ ----
async function step(name, args) {
  const { getDb } = await import("../../lib/db.ts");
  const { encryptSecret } = await import("../../lib/crypto/vault.ts");
  const db = getDb();
  const now = new Date();
  const subscription = async (id, connectionId, remoteCompanyId, key, remoteCallbackId) => {
    await db.connection.create({ data: { id: connectionId, environment: "emulator", remoteCompanyId, companyName: `Bench ${connectionId}`, externalId: `ext-${connectionId}`, status: "connected", connectedAt: now } });
    await db.remoteSubscription.create({
      data: { id, connectionId, state: "active", remoteCallbackId, appliedEvents: "all", activatedAt: now, signingKeyEnc: encryptSecret({ table: "RemoteSubscription", id, field: "signingKey" }, key) },
    });
  };
  if (name === "setup") {
    const { sealEndpointSecret } = await import("../../lib/webhooks/endpoint-secrets.ts");
    for (let i = 0; i < SUBS; i++) await subscription(subId(i), `bench_conn_${i}`, `bench-company-${i}`, keyOf(i), `bench-remote-cb-${i}`);
    // Only the end-to-end phase's type: the inbound phases measure receiving, not forwarding.
    await db.webhookEndpoint.create({
      data: { id: "bench-relay-ep", url: args[0], events: JSON.stringify(["remote.employment.onboarding.completed"]), secretEnc: sealEndpointSecret("bench-relay-ep", "secret", PARTNER_SECRET), createdAt: new Date(Date.now() - 60_000) },
    });
  } else if (name === "live") {
    // The subscription the app's job would have made: args = callback id at the emulator, its signing key.
    await subscription(subId(9999), "bench_conn_live", SEED_COMPANY, args[1], args[0]);
  }
  process.stdout.write(JSON.stringify({ ok: true }) + "\n");
  process.exit(0);
}

// ---- the benchmark ----
function node(args, env) {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout.on("data", (c) => (out += c));
  const done = new Promise((res, rej) => child.on("exit", (code) => (code === 0 ? res(out) : rej(new Error(`${args[0]} exited ${code}\n${out}`)))));
  return { child, done, out: () => out };
}

function signed(i, body, ts = String(Date.now())) {
  return {
    "content-type": "application/json",
    "x-remote-timestamp": ts,
    "x-remote-signature": createHmac("sha256", keyOf(i)).update(`${body}:${ts}`).digest("hex"),
  };
}
const bodyFor = (i, n) => JSON.stringify({ event_type: "employment.updated", company_id: `bench-company-${i}`, employment_id: `emp-${n}` });

async function main() {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (!existsSync(path.join(root, distDir, "BUILD_ID"))) throw new Error(`Build the app first: npx next build (no ${distDir}/BUILD_ID)`);
  const pg = process.env.BENCH_DATABASE_URL;
  if (!pg) freshDb(DB);
  const emulator = await startEmulator(APP_URL);
  const env = { ...benchEnv(emulator.url, DB, APP_URL), ...(pg ? { DATABASE_URL: pg } : {}), WEBHOOK_ALLOW_PRIVATE_URLS: "true", REMOTE_WEBHOOK_EVENTS: "all" };
  const receiver = node(["tests/integration/support/webhook-receiver.ts", PARTNER_SECRET], {});
  let app;
  try {
    let port;
    while (!(port = /"port":(\d+)/.exec(receiver.out())?.[1])) await sleep(50);
    const rx = `http://127.0.0.1:${port}`;
    const received = async () => (await fetch(`${rx}/log`)).json();
    await node(["scripts/bench/remote-events.mjs", "step", "setup", `${rx}/ok`], env).done;

    app = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(PORT)], { cwd: root, env: { ...process.env, ...env }, stdio: "ignore" });
    for (let i = 0; i < 150; i++) {
      try {
        if ((await fetch(`${APP_URL}/api/ping`)).ok) break;
      } catch {}
      await sleep(200);
    }
    const url = (i) => `${APP_URL}/api/remote/webhooks/${subId(i)}`;
    const post = async (i, body) => {
      const res = await fetch(url(i), { method: "POST", headers: signed(i, body), body });
      await res.arrayBuffer();
      return res.status;
    };
    // Warm up (route compiled into memory, key cache, connections).
    for (let n = 0; n < 50; n++) if ((await post(n % SUBS, bodyFor(n % SUBS, `warm-${n}`))) !== 200) throw new Error("warm-up delivery refused");

    console.log(`Relaying Remote's webhooks (${pg ? "PostgreSQL" : "SQLite"}; next start, one process, background jobs on; ${SUBS} subscriptions)`);
    const pad = (s) => s.padEnd(44);

    // 1. Ack latency, one delivery at a time.
    const fresh = [], repeat = [];
    for (let n = 0; n < ACK_SAMPLES; n++) {
      const i = n % SUBS, body = bodyFor(i, `ack-${n}`);
      let t = performance.now();
      if ((await post(i, body)) !== 200) throw new Error("delivery refused");
      fresh.push(performance.now() - t);
      t = performance.now();
      await post(i, body); // Remote's retry of the same body: dropped by the dedupe, still 200.
      repeat.push(performance.now() - t);
    }
    const f = summarize(fresh), r = summarize(repeat);
    console.log(`   ${pad("ack latency, new event (sequential):")}p50 ${f.p50.toFixed(1)} ms  p99 ${f.p99.toFixed(1)} ms  max ${f.max.toFixed(1)} ms  (${f.n})`);
    console.log(`   ${pad("ack latency, repeated body (deduped):")}p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  max ${r.max.toFixed(1)} ms  (${r.n})`);

    // 2. Sustained inbound rate: distinct bodies, then one body over and over; 20 connections.
    const rate = (distinct) => {
      let n = 0;
      const repeated = bodyFor(0, "the-same-one");
      return new Promise((res, rej) => autocannon({
        url: url(0), method: "POST", connections: 20, duration: RATE_SECONDS,
        requests: [{
          setupRequest: (req) => {
            const i = n++ % SUBS, body = distinct ? bodyFor(i, `rate-${n}`) : repeated;
            return { ...req, path: `/api/remote/webhooks/${subId(distinct ? i : 0)}`, body, headers: signed(distinct ? i : 0, body) };
          },
        }],
      }, (e, out) => (e ? rej(e) : res(out))));
    };
    for (const [label, distinct] of [["sustained inbound, distinct bodies:", true], ["sustained inbound, one body repeated:", false]]) {
      const out = await rate(distinct);
      console.log(`   ${pad(label)}${Math.round(out.requests.average)} events/s  p99 ${out.latency.p99} ms  non-2xx ${out.non2xx}  errors ${out.errors}  (20 connections, ${RATE_SECONDS} s)`);
    }
    await sleep(5000); // the outbox passes over what the inbound phases stored (no endpoint wants it)

    // 3. Remote event → partner: a real callback at the emulator for one company, pointing at the app.
    const code = await (await fetch(`${emulator.url}/__emulator/authorize`, {
      method: "POST", headers: { "content-type": "application/json" },
      body: JSON.stringify({ client_id: env.REMOTE_CLIENT_ID, redirect_uri: `${APP_URL}/connect/callback`, company_id: SEED_COMPANY, decision: "allow" }),
    })).json();
    const basic = "Basic " + Buffer.from(`${env.REMOTE_CLIENT_ID}:${env.REMOTE_CLIENT_SECRET}`).toString("base64");
    const tokens = await (await fetch(`${emulator.url}/auth/oauth2/token`, {
      method: "POST", headers: { authorization: basic, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "authorization_code", code: new URL(code.redirect_to).searchParams.get("code") }),
    })).json();
    const cb = (await (await fetch(`${emulator.url}/v1/webhook-callbacks`, {
      method: "POST", headers: { authorization: `Bearer ${tokens.access_token}`, "content-type": "application/json" },
      body: JSON.stringify({ url: url(9999), subscribe_to_all_events: true }),
    })).json()).data.webhook_callback;
    await node(["scripts/bench/remote-events.mjs", "step", "live", cb.id, cb.signing_key], env).done;
    const sent = [];
    for (let n = 0; n < E2E_EVENTS; n++) {
      const at = Date.now();
      const res = await fetch(`${emulator.url}/__emulator/companies/${SEED_COMPANY}/events`, {
        method: "POST", headers: { "content-type": "application/json" },
        body: JSON.stringify({ event_type: "employment.onboarding.completed", employment_id: `e2e-${n}` }),
      });
      if (res.status !== 201) throw new Error(`emit answered ${res.status}`);
      sent.push({ id: `e2e-${n}`, at });
      await sleep(150 + Math.random() * 100); // ~5 events a second, as a company's activity would come
    }
    await sleep(5000);
    const got = new Map();
    for (const x of await received()) {
      try {
        const p = JSON.parse(x.body);
        if (p.type === "remote.employment.onboarding.completed" && x.verified && !got.has(p.data.remote_event.employment_id)) got.set(p.data.remote_event.employment_id, x.at);
      } catch {}
    }
    const e2e = summarize(sent.map((s) => (got.has(s.id) ? got.get(s.id) - s.at : Infinity)));
    const attempts = await (await fetch(`${emulator.url}/__emulator/webhook-deliveries`)).json();
    console.log(`   ${pad("Remote event → partner receipt:")}p50 ${e2e.p50} ms  p99 ${e2e.p99} ms  max ${e2e.max} ms  (${e2e.n} events, ~5/s; emulator deliveries non-2xx: ${attempts.filter((a) => a.status !== 200).length})`);
    console.log("");
  } finally {
    app?.kill("SIGTERM");
    receiver.child.kill("SIGTERM");
    emulator.stop();
  }
  process.exit(0);
}

if (process.argv[2] === "step") await step(process.argv[3], process.argv.slice(4));
else await main();
