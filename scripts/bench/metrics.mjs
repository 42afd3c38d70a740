// Metrics overhead (numbers, not pass/fail), run by `npm run bench -- metrics` or on its own:
//   node scripts/bench/metrics.mjs        needs a build: `npx next build` (or NEXT_DIST_DIR=… for another dir)
// POST /api/v1/connections/{id}/access-token (cache hits) with autocannon against `next start`, with
// METRICS_TOKEN unset (metrics off: recording is a no-op) and set (every request counted in the
// token and HTTP series), alternating off/on for BENCH_METRICS_ROUNDS rounds in the same run so
// drift on the machine hits both alike. After each "on" run one scrape checks the requests were counted.
// Then the same in one process without HTTP (metrics-steps.ts): getAccessToken on a cache hit plus
// the HTTP observation, in blocks alternating off/on, so the recording cost shows apart from noise.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { benchEnv, freshDb, root, runTs, startEmulator } from "./harness.mjs";

const PORT = Number(process.env.BENCH_METRICS_PORT ?? 3740);
const APP_URL = `http://localhost:${PORT}`;
const DB = "data/bench/metrics.db";
const DIST = process.env.NEXT_DIST_DIR || ".next";
const ROUNDS = Number(process.env.BENCH_METRICS_ROUNDS ?? 2);
const DURATION = Number(process.env.BENCH_METRICS_SECONDS ?? 10);
const METRICS_TOKEN = "bench-metrics-token-0123456789abcdef";
const json = (s) => JSON.parse(s.trim().split("\n").pop());

if (!existsSync(path.join(root, DIST, "BUILD_ID"))) throw new Error(`Build the app first: ${DIST === ".next" ? "" : `NEXT_DIST_DIR=${DIST} `}npx next build`);

const emulator = await startEmulator(APP_URL);
// Neither Remote's budget nor the per-key limit may turn requests away: refusals are not what is measured.
const env = { ...benchEnv(emulator.url, DB, APP_URL), REMOTE_RATE_LIMIT_PER_MINUTE: "1000000", API_KEY_RATE_LIMIT_PER_MINUTE: "1000000", NEXT_DIST_DIR: DIST };
let app;

async function startApp(metricsOn) {
  const vars = { ...process.env, ...env };
  if (metricsOn) vars.METRICS_TOKEN = METRICS_TOKEN;
  else delete vars.METRICS_TOKEN;
  app = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(PORT)], { cwd: root, env: vars, stdio: "ignore" });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${APP_URL}/api/ping`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("next start did not answer /api/ping");
}

async function stopApp() {
  if (!app) return;
  const exited = new Promise((r) => app.once("exit", r));
  app.kill("SIGTERM");
  await exited;
  app = undefined;
}

const run = (opts) => new Promise((res, rej) => autocannon({ connections: 50, duration: DURATION, ...opts }, (e, r) => (e ? rej(e) : res(r))));

/** The company cache-hit count the app reports, or null when /api/metrics is off (404). */
async function scrapedHits() {
  const res = await fetch(`${APP_URL}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  if (res.status === 404) return null;
  const text = await res.text();
  const line = text.split("\n").find((l) => l.startsWith('remote_connect_token_requests_total{kind="company",outcome="cache_hit"}'));
  return line ? Number(line.split(" ").pop()) : 0;
}

try {
  freshDb(DB);
  const { connectionId } = json(await runTs("scripts/bench/token-steps.ts", ["setup"], env));
  const { key } = json(await runTs("scripts/bench/token-steps.ts", ["api-key"], env));
  const auth = { authorization: `Bearer ${key}` };
  const tokenUrl = `${APP_URL}/api/v1/connections/${connectionId}/access-token`;
  const results = { off: [], on: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const mode of ["off", "on"]) {
      await startApp(mode === "on");
      const t = await fetch(tokenUrl, { method: "POST", headers: auth });
      if (t.status !== 200) throw new Error(`access-token endpoint answered ${t.status}`);
      await run({ url: tokenUrl, method: "POST", headers: auth, duration: 2 }); // warm: JIT, pools, first compile
      const r = await run({ url: tokenUrl, method: "POST", headers: auth });
      if (r.non2xx > 0) throw new Error(`${r.non2xx} non-2xx answers with metrics ${mode}`);
      const hits = await scrapedHits();
      if (mode === "on" && !(hits >= r.requests.total)) throw new Error(`metrics on but only ${hits} cache hits counted for ${r.requests.total} requests`);
      if (mode === "off" && hits !== null) throw new Error("metrics off but /api/metrics answered");
      results[mode].push(r);
      await stopApp();
    }
  }
  const avg = (rs, f) => rs.reduce((n, r) => n + f(r), 0) / rs.length;
  console.log(`Metrics overhead (next start, one process, SQLite; autocannon 50 connections, ${DURATION} s per run, ${ROUNDS} rounds off/on)`);
  console.log("   POST …/access-token (cache hit)");
  for (const mode of ["off", "on"]) {
    const rs = results[mode];
    const runs = rs.map((r) => Math.round(r.requests.average)).join(", ");
    console.log(`   metrics ${mode.padEnd(3)}  ${Math.round(avg(rs, (r) => r.requests.average))} req/s (runs: ${runs})   p50 ${avg(rs, (r) => r.latency.p50).toFixed(1)} ms   p99 ${avg(rs, (r) => r.latency.p99).toFixed(1)} ms   errors ${rs.reduce((n, r) => n + r.errors + r.non2xx, 0)}`);
  }
  const off = avg(results.off, (r) => r.requests.average);
  const on = avg(results.on, (r) => r.requests.average);
  console.log(`   on / off: ${(on / off).toFixed(3)}×  (${(((on - off) / off) * 100).toFixed(1)} % throughput)`);
  const hot = json(await runTs("scripts/bench/metrics-steps.ts", ["hot-path", connectionId, "500"], env));
  const us = (ms) => `${(ms * 1000).toFixed(1)} µs`;
  console.log(`   in process, getAccessToken (cache hit) + HTTP observation, ${hot.off.n} calls each, blocks alternating:`);
  console.log(`   metrics off  mean ${us(hot.off.mean)}  p50 ${us(hot.off.p50)}`);
  console.log(`   metrics on   mean ${us(hot.on.mean)}  p50 ${us(hot.on.p50)}   recording cost ≈ ${us(hot.on.p50 - hot.off.p50)} a request (p50)\n`);
} finally {
  await stopApp();
  emulator.stop();
}
process.exit(0);
