// Profiles `next start` while autocannon hammers one route, and prints where the main thread spent
// its time (self time by function, idle included). Used to find what the access-token endpoint
// costs beyond Next.js's own request handling.
//   node scripts/bench/profile-http.mjs [token|ping] [seconds]
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { benchEnv, freshDb, root, runTs, startEmulator } from "./harness.mjs";

const target = process.argv[2] ?? "token";
const seconds = Number(process.argv[3] ?? 10);
const APP_URL = "http://localhost:3250";
const DB = "data/bench/profile.db";
const PROF_DIR = path.join(root, "data/bench/profile");
const json = (s) => JSON.parse(s.trim().split("\n").pop());

const emulator = await startEmulator(APP_URL);
const env = benchEnv(emulator.url, DB, APP_URL);
rmSync(PROF_DIR, { recursive: true, force: true });
mkdirSync(PROF_DIR, { recursive: true });
try {
  freshDb(DB);
  const { connectionId } = json(await runTs("scripts/bench/token-steps.ts", ["setup"], env));
  const { key } = json(await runTs("scripts/bench/token-steps.ts", ["api-key"], env));
  const app = spawn(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${PROF_DIR}`, "node_modules/next/dist/bin/next", "start", "-p", "3250"], { cwd: root, env: { ...process.env, ...env }, stdio: "ignore" });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${APP_URL}/api/ping`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  const url = target === "ping" ? `${APP_URL}/api/ping` : `${APP_URL}/api/v1/connections/${connectionId}/access-token`;
  const opts = target === "ping" ? { url } : { url, method: "POST", headers: { authorization: `Bearer ${key}` } };
  const run = (duration) => new Promise((res, rej) => autocannon({ connections: 50, duration, ...opts }, (e, r) => (e ? rej(e) : res(r))));
  await run(2);
  const r = await run(seconds);
  console.log(`${target}: ${Math.round(r.requests.average)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  non-2xx ${r.non2xx}`);
  app.kill("SIGINT");
  await new Promise((res) => app.on("exit", res));
} finally {
  emulator.stop();
}

const file = readdirSync(PROF_DIR).find((f) => f.endsWith(".cpuprofile"));
const prof = JSON.parse(readFileSync(path.join(PROF_DIR, file), "utf8"));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = prof.timeDeltas;
let total = 0;
prof.samples.forEach((id, i) => {
  const n = byId.get(id);
  const cf = n.callFrame;
  const where = cf.url ? cf.url.replace(/^.*node_modules\//, "").replace(/^.*\.next\//, ".next/").replace(/^file:\/\//, "") : "";
  const k = `${cf.functionName || "(anonymous)"}  ${where}:${cf.lineNumber}`;
  self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0));
  total += dt[i] ?? 0;
});
const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30);
console.log(`profile: ${(total / 1e6).toFixed(1)} s sampled`);
for (const [k, us] of top) console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${k.slice(0, 160)}`);

// Inclusive time by layer: a sample counts for every layer on its stack (once each).
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const layers = {
  "database (Prisma client + adapter + SQLite)": (u) => /prisma|better-sqlite3|sqlite-adapter|_1exzn633l12ny/.test(u),
  "token vault (AES-GCM)": (u) => /crypto\/cipher|vault/.test(u),
  "Next.js request handling": (u) => /next\/dist\/(server|compiled\/next-server)/.test(u),
};
const inclusive = Object.fromEntries(Object.keys(layers).map((k) => [k, 0]));
prof.samples.forEach((id, i) => {
  const seen = new Set();
  for (let n = id; n !== undefined; n = parent.get(n)) {
    const url = byId.get(n).callFrame.url;
    for (const [k, test] of Object.entries(layers)) if (!seen.has(k) && test(url)) seen.add(k);
  }
  for (const k of seen) inclusive[k] += dt[i] ?? 0;
});
console.log("inclusive time by layer:");
for (const [k, us] of Object.entries(inclusive)) console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`);
