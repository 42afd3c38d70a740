// Proxy benchmark (numbers, not pass/fail), run by `npm run bench -- proxy` or on its own:
//   node scripts/bench/proxy.mjs          needs a build: `npx next build` (or NEXT_DIST_DIR=… for another dir)
// 1. Overhead: p50/p99 of GET /v1/employments through the proxy minus the same GET straight to the
//    emulator with the same token, interleaved in one run (sequential, one caller).
// 2. Throughput: proxied GET vs POST /access-token (autocannon, 50 connections, 10 s, one `next start`).
// The rate budget is set high (REMOTE_RATE_LIMIT_PER_MINUTE=1000000) so it is measured, never waited on.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { benchEnv, freshDb, root, runTs, startEmulator } from "./harness.mjs";
import { fmt, summarize } from "./stats.mjs";

const PORT = Number(process.env.BENCH_PROXY_PORT ?? 3720);
const APP_URL = `http://localhost:${PORT}`;
const DB = "data/bench/proxy.db";
const DIST = process.env.NEXT_DIST_DIR || ".next";
const ROUNDS = 10;
const PER_ROUND = Number(process.env.BENCH_PROXY_CALLS ?? 100);
const json = (s) => JSON.parse(s.trim().split("\n").pop());

if (!existsSync(path.join(root, DIST, "BUILD_ID"))) throw new Error(`Build the app first: ${DIST === ".next" ? "" : `NEXT_DIST_DIR=${DIST} `}npx next build`);

const emulator = await startEmulator(APP_URL);
const env = { ...benchEnv(emulator.url, DB, APP_URL), REMOTE_RATE_LIMIT_PER_MINUTE: "1000000", NEXT_DIST_DIR: DIST };
let app;
try {
  freshDb(DB);
  const { connectionId } = json(await runTs("scripts/bench/token-steps.ts", ["setup"], env));
  const { key } = json(await runTs("scripts/bench/token-steps.ts", ["api-key"], env));
  app = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(PORT)], { cwd: root, env: { ...process.env, ...env }, stdio: "ignore" });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${APP_URL}/api/ping`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  const auth = { authorization: `Bearer ${key}` };
  const tokenUrl = `${APP_URL}/api/v1/connections/${connectionId}/access-token`;
  const proxyUrl = `${APP_URL}/api/v1/connections/${connectionId}/remote/v1/employments?page_size=5`;
  const directUrl = `${emulator.url}/v1/employments?page_size=5`;
  const t = await fetch(tokenUrl, { method: "POST", headers: auth });
  if (t.status !== 200) throw new Error(`access-token endpoint answered ${t.status}`);
  const direct = { authorization: `Bearer ${(await t.json()).access_token}` };

  const timed = async (url, headers) => {
    const t0 = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    return performance.now() - t0;
  };
  // Warm both paths (connection pools, JIT, the route's first compile), then interleave.
  for (let i = 0; i < 50; i++) {
    await timed(proxyUrl, auth);
    await timed(directUrl, direct);
  }
  const viaProxy = [];
  const straight = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (let i = 0; i < PER_ROUND; i++) viaProxy.push(await timed(proxyUrl, auth));
    for (let i = 0; i < PER_ROUND; i++) straight.push(await timed(directUrl, direct));
  }
  const p = summarize(viaProxy);
  const d = summarize(straight);
  console.log(`Proxy (next start, one process, SQLite; budget set high; ${p.n} calls each)`);
  console.log("1. Overhead: GET /v1/employments through the proxy vs straight to the emulator (same token, sequential)");
  console.log(`   direct:  p50 ${fmt(d.p50)}  p99 ${fmt(d.p99)}`);
  console.log(`   proxied: p50 ${fmt(p.p50)}  p99 ${fmt(p.p99)}`);
  console.log(`   overhead: p50 ${fmt(p.p50 - d.p50)}  p99 ${fmt(p.p99 - d.p99)}\n`);

  const run = (opts) => new Promise((res, rej) => autocannon({ connections: 50, duration: 10, ...opts }, (e, r) => (e ? rej(e) : res(r))));
  await run({ url: proxyUrl, headers: auth, duration: 2 });
  const proxied = await run({ url: proxyUrl, headers: auth });
  const token = await run({ url: tokenUrl, method: "POST", headers: auth });
  console.log("2. Throughput (autocannon, 50 connections, 10 s)");
  for (const [name, r] of [["GET …/remote/v1/employments (proxied)", proxied], ["POST …/access-token", token]]) {
    console.log(`   ${name.padEnd(40)} ${Math.round(r.requests.average)} req/s   p99 ${r.latency.p99} ms   errors ${r.errors + r.non2xx}`);
  }
  console.log(`   proxy / access-token: ${(proxied.requests.average / token.requests.average).toFixed(2)}×\n`);
} finally {
  app?.kill("SIGTERM");
  emulator.stop();
}
process.exit(0);
