// npm run bench — prints the token-service and partner-API figures (numbers, not pass/fail).
//   npm run bench                 all benchmarks
//   npm run bench -- cache storm  only some (cache, storm, http, console, webhooks, health, proxy)
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { benchEnv, freshDb, root, runTs, startEmulator } from "./harness.mjs";
import { fmt, summarize } from "./stats.mjs";

const only = process.argv.slice(2);
const want = (name) => only.length === 0 || only.includes(name);
const STEPS = "scripts/bench/token-steps.ts";
const APP_URL = "http://localhost:3200";
const DB = "data/bench/bench.db";

const json = (s) => JSON.parse(s.trim().split("\n").pop());

console.log(`Remote Connect benchmarks — ${new Date().toISOString()}`);
console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, SQLite (WAL)\n`);

const emulator = await startEmulator(APP_URL);
const env = benchEnv(emulator.url, DB, APP_URL);
try {
  freshDb(DB);
  const { connectionId } = json(await runTs(STEPS, ["setup"], env));

  if (want("cache")) {
    const r = json(await runTs(STEPS, ["cache-hit", connectionId, "2000"], env));
    const floor = r.floor;
    const hit = r.getAccessToken;
    console.log("1. Cache hit: getAccessToken on a fresh token (10,000 sequential calls each)");
    console.log(`   floor (indexed read + AES-GCM decrypt): p50 ${fmt(floor.p50)}  p99 ${fmt(floor.p99)}`);
    console.log(`   getAccessToken:                         p50 ${fmt(hit.p50)}  p99 ${fmt(hit.p99)}`);
    console.log(`   ratio: p50 ${(hit.p50 / floor.p50).toFixed(2)}×  p99 ${(hit.p99 / floor.p99).toFixed(2)}×  (target ≤ 1.5×)\n`);
  }

  if (want("storm")) {
    await runTs(STEPS, ["expire", connectionId], env);
    await fetch(`${emulator.url}/__emulator/requests`, { method: "DELETE" });
    const workers = [0, 1].map(() => {
      const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", STEPS, "storm", connectionId, "100"], {
        cwd: root,
        env: { ...process.env, ...env, WAIT_FOR_GO: "1" },
        stdio: ["pipe", "pipe", "inherit"],
      });
      let out = "";
      child.stdout.on("data", (c) => (out += c));
      const done = new Promise((res, rej) => child.on("exit", (code) => (code === 0 ? res(json(out)) : rej(new Error(`storm worker exited ${code}`)))));
      return { child, done };
    });
    await new Promise((r) => setTimeout(r, 3000));
    workers.forEach((w) => w.child.stdin.write("go\n"));
    const results = await Promise.all(workers.map((w) => w.done));
    const calls = (await (await fetch(`${emulator.url}/__emulator/requests?path=/auth/oauth2/token`)).json()).filter((x) => x.path === "/auth/oauth2/token");
    const all = results.flatMap((r) => r.results);
    const lat = summarize(all.map((r) => r.ms));
    console.log("2. Refresh storm: 200 concurrent callers in 2 app processes on one expired token");
    console.log(`   calls to Remote's token endpoint: ${calls.length}   distinct tokens returned: ${new Set(all.map((r) => r.token)).size}   callers: ${all.length}`);
    console.log(`   wall time per caller: p50 ${fmt(lat.p50)}  p99 ${fmt(lat.p99)}   (process wall: ${results.map((r) => fmt(r.wallMs)).join(", ")})\n`);
  }

  if (want("http")) {
    if (!existsSync(path.join(root, ".next/BUILD_ID"))) throw new Error("Build the app first: npx next build");
    const { key } = json(await runTs(STEPS, ["api-key"], env));
    const app = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", "3200"], { cwd: root, env: { ...process.env, ...env }, stdio: "ignore" });
    try {
      for (let i = 0; i < 100; i++) {
        try {
          if ((await fetch(`${APP_URL}/api/ping`)).ok) break;
        } catch {}
        await new Promise((r) => setTimeout(r, 200));
      }
      const run = (opts) => new Promise((res, rej) => autocannon({ connections: 50, duration: 10, ...opts }, (e, r) => (e ? rej(e) : res(r))));
      const tokenUrl = `${APP_URL}/api/v1/connections/${connectionId}/access-token`;
      const warm = await fetch(tokenUrl, { method: "POST", headers: { authorization: `Bearer ${key}` } });
      if (warm.status !== 200) throw new Error(`access-token endpoint answered ${warm.status}`);
      await run({ url: `${APP_URL}/api/ping`, duration: 2 });
      const ping = await run({ url: `${APP_URL}/api/ping` });
      const token = await run({ url: tokenUrl, method: "POST", headers: { authorization: `Bearer ${key}` } });
      console.log("3. HTTP (autocannon, 50 connections, 10 s, next start, one process)");
      for (const [name, r] of [["GET /api/ping (trivial)", ping], ["POST /api/v1/connections/{id}/access-token", token]]) {
        console.log(`   ${name.padEnd(44)} ${Math.round(r.requests.average)} req/s   p99 ${r.latency.p99} ms   errors ${r.errors + r.non2xx}`);
      }
      console.log("");
    } finally {
      app.kill("SIGTERM");
    }
  }

  // Benchmarks in their own scripts (each starts what it needs), run as child processes.
  const scripts = [
    ["console", ...readdirSync(path.join(root, "scripts/bench")).filter((f) => /^console-.*\.mjs$/.test(f))],
    ["webhooks", "webhooks.mjs"],
    ["proxy", "proxy.mjs"],
    ["remote-events", "remote-events.mjs"],
    ["health", "health-sweep.mjs"],
    ["metrics", "metrics.mjs"],
  ];
  for (const [name, ...files] of scripts) {
    if (!want(name)) continue;
    for (const f of files) {
      await new Promise((res, rej) => {
        const c = spawn(process.execPath, [path.join(root, "scripts/bench", f)], { cwd: root, stdio: "inherit", env: process.env });
        c.on("exit", (code) => (code === 0 ? res() : rej(new Error(`${f} exited ${code}`))));
      });
    }
  }
} finally {
  emulator.stop();
}
process.exit(0);
