// Console benchmark: the connections page's server response time with 10 connections and with
// 10,000, on the same server process. Printed numbers, not a timed test.
//   node scripts/bench/console-connections.mjs      (also run by `npm run bench -- console`)
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { benchEnv, freshDb, root } from "./harness.mjs";
import { fmt, summarize } from "./stats.mjs";

const PORT = Number(process.env.BENCH_CONSOLE_PORT ?? 3210);
const APP_URL = `http://localhost:${PORT}`;
const DB = "data/bench/console.db";
const SAMPLES = Number(process.env.BENCH_CONSOLE_SAMPLES ?? 200);
const WARMUP = 30;
const TARGET = 1.5;

if (!existsSync(path.join(root, ".next/BUILD_ID"))) {
  console.error("Build the app first: npx next build");
  process.exit(1);
}

const env = { ...benchEnv("http://localhost:9", DB, APP_URL), LOG_LEVEL: "error" };
freshDb(DB);
const require = createRequire(import.meta.url);
const { PrismaClient } = require(path.join(root, "lib/generated/prisma-sqlite"));
const { PrismaBetterSQLite3 } = require("@prisma/adapter-better-sqlite3");
const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: env.DATABASE_URL }) });

const WORDS = ["Acme", "Blue", "Cedar", "Delta", "Ember", "Fjord", "Granite", "Harbor", "Iris", "Juniper", "Kestrel", "Lumen", "Maple", "Nimbus", "Orchid", "Pioneer", "Quartz", "Raven", "Summit", "Tundra"];
const KINDS = ["Robotics", "Logistics", "Health", "Analytics", "Foods", "Studio", "Energy", "Labs", "Retail", "Capital"];
const SUFFIX = ["GmbH", "Ltd", "Inc.", "BV", "SA", "AS", "Pty Ltd", "KK"];
const DAY = 86_400_000;

function connectionRow(i, now) {
  const r = (n) => (i * 7919 + n * 104729) % 1000;
  const status = r(1) < 850 ? "connected" : r(1) < 900 ? "needs_reconnect" : r(1) < 950 ? "refresh_failing" : "disconnected";
  const failing = status === "needs_reconnect" || status === "refresh_failing";
  return {
    environment: "emulator",
    remoteCompanyId: randomUUID(),
    companyName: `${WORDS[i % 20]} ${KINDS[Math.floor(i / 20) % 10]} ${SUFFIX[Math.floor(i / 200) % 8]} ${i}`,
    externalId: r(2) < 700 ? `crm-${String(i).padStart(6, "0")}` : null,
    status,
    connectedBy: `admin${i}@customer${i}.example`,
    connectedAt: new Date(now - (r(3) / 1000) * 365 * DAY),
    lastRefreshAt: status === "disconnected" ? null : new Date(now - r(4) * 60_000),
    lastErrorCode: failing ? (status === "needs_reconnect" ? "invalid_grant" : "temporarily_unavailable") : null,
    lastErrorMessage: failing ? "Remote answered HTTP 503" : null,
    lastErrorAt: failing ? new Date(now - r(5) * 60_000) : null,
  };
}

async function seed(from, to) {
  const now = Date.now();
  for (let start = from; start < to; start += 1000) {
    const rows = Array.from({ length: Math.min(1000, to - start) }, (_, k) => ({ id: `bench_${start + k}`, ...connectionRow(start + k, now) }));
    await db.connection.createMany({ data: rows });
    const events = rows.flatMap((c, k) => [
      { type: "connection.connected", connectionId: c.id, actorType: "company_admin", createdAt: c.connectedAt },
      ...(c.lastErrorAt ? [{ type: "connection.refresh_failed", connectionId: c.id, actorType: "system", createdAt: new Date(now - ((start + k) % 30) * DAY) }] : []),
    ]);
    await db.auditEvent.createMany({ data: events });
  }
}

async function measure(cookie, url) {
  const get = async () => {
    const t = performance.now();
    // A kept-alive socket can be closed by the server after an idle gap (seeding takes seconds): retry once.
    const once = () => fetch(`${APP_URL}${url}`, { headers: { cookie }, redirect: "manual" });
    const res = await once().catch((e) => (e?.cause?.code === "UND_ERR_SOCKET" ? once() : Promise.reject(e)));
    await res.text();
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    return performance.now() - t;
  };
  for (let i = 0; i < WARMUP; i++) await get();
  const samples = [];
  for (let i = 0; i < SAMPLES; i++) samples.push(await get());
  const s = summarize(samples);
  s.mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  return s;
}

const PAGES = [
  ["default view (newest first)", "/console"],
  ["search by name", "/console?q=Harbor"],
  ["filter: needs reconnect", "/console?status=needs_reconnect"],
  ["sort by company name", "/console?sort=companyName&dir=asc"],
  ["page 200 by last refresh", "/console?sort=lastRefreshAt&dir=desc&page=200"],
];

const staff = await db.staffUser.create({ data: { email: "bench@partner.example", role: "viewer" } });
const cookieName = "authjs.session-token";
const jwt = await encode({ secret: env.AUTH_SECRET, salt: cookieName, maxAge: 3600, token: { sub: staff.id, email: staff.email, role: "viewer", signedInAt: Math.floor(Date.now() / 1000) } });
const cookie = `${cookieName}=${jwt}`;

await seed(0, 10);
const app = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(PORT)], { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", process.env.BENCH_DEBUG ? "inherit" : "ignore"] });
try {
  for (let i = 0; ; i++) {
    const ok = await fetch(`${APP_URL}/sign-in`).then((r) => r.ok, () => false);
    if (ok) break;
    if (i > 150) throw new Error("app did not start");
    await new Promise((r) => setTimeout(r, 200));
  }
  const small = [];
  for (const [, url] of PAGES) small.push(await measure(cookie, url));
  const t0 = performance.now();
  await seed(10, 10_000);
  const seedMs = performance.now() - t0;
  const large = [];
  for (const [, url] of PAGES) large.push(await measure(cookie, url));

  console.log("4. Console: connections page, server response time (GET with a staff session, full HTML read)");
  console.log(`   ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}, SQLite (WAL), next start; ${SAMPLES} sequential requests after ${WARMUP} warm-up; seeding 9,990 rows took ${fmt(seedMs)}`);
  console.log(`   ${"page".padEnd(30)} ${"10 connections".padEnd(28)} ${"10,000 connections".padEnd(28)} ratio (p50)`);
  let worst = 0;
  PAGES.forEach(([name], i) => {
    const a = small[i];
    const b = large[i];
    const ratio = b.p50 / a.p50;
    if (i === 0) worst = ratio;
    console.log(`   ${name.padEnd(30)} ${`p50 ${fmt(a.p50)}  p99 ${fmt(a.p99)}`.padEnd(28)} ${`p50 ${fmt(b.p50)}  p99 ${fmt(b.p99)}`.padEnd(28)} ${ratio.toFixed(2)}×`);
  });
  console.log(`   default view: 10,000 connections at ${worst.toFixed(2)}× the 10-connection time (target ≤ ${TARGET}×)\n`);
} finally {
  app.kill("SIGTERM");
  await db.$disconnect();
}
