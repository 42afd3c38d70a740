#!/usr/bin/env node
// The deployment recipe without Docker: assemble the image's /app from a finished build (exactly as
// the Dockerfile does, into a folder outside the repository so nothing resolves from ./node_modules),
// run the migration command once on a fresh PostgreSQL database, then start what compose.yaml starts:
// two `node server.js` replicas (BACKGROUND_JOBS=off) and one worker (cli/worker.cjs), and run the
// partner-API smoke checks against both replicas. The Remote emulator stands in for Remote.
//
// Usage: TEST_POSTGRES_URL=postgresql://… [NEXT_DIST_DIR=.next] node scripts/deploy/standalone-smoke.mjs
// Prints a pass/fail line per check; exits 1 on any failure. Always stops what it started.
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, rmSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { CookieJar, http as send } from "../chaos/http.mjs";
import { untilCallback } from "../chaos/ops-consent.mjs";
import { Service, waitForHttp } from "../lib/proc.mjs";
import { c } from "../lib/ui.mjs";
import { assemble, root } from "./assemble.mjs";
import { api, assert, check, cleanup, cleanups, freePort, ms, results, runIn, startEmulator, startReceiver } from "./smoke-support.mjs";

const started = performance.now();
const pgUrl = process.env.TEST_POSTGRES_URL;
if (!pgUrl) {
  console.error("TEST_POSTGRES_URL is required (a PostgreSQL server where a throwaway database may be created).");
  process.exit(2);
}

async function main() {
  const dist = process.env.NEXT_DIST_DIR || ".next";
  const work = await mkdtemp(path.join(os.tmpdir(), "remote-connect-deploy-"));
  cleanups.push(() => rmSync(work, { recursive: true, force: true }));
  const appDir = path.join(work, "app");

  await check(`assemble ${dist}/standalone as the Dockerfile does`, async () => {
    const r = await assemble(appDir);
    // Production needs neither the emulator nor sources, tests or local secrets (.env, data/*.db).
    const shipped = ["emulator", "app", "tests", ".env", "node_modules/tsx", "node_modules/typescript"].filter((p) => existsSync(path.join(appDir, p)));
    const data = readdirSync(path.join(appDir, "data")).filter((f) => f !== ".keep");
    assert(shipped.length === 0 && data.length === 0, `the artefact contains ${[...shipped, ...data.map((f) => `data/${f}`)].join(", ")}`);
    return `${r.cli.length} CLIs bundled, ${r.packages} migration packages`;
  });

  // A fresh database in the given server, dropped at the end.
  const dbName = `deploy_smoke_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  cleanups.push(async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch((e) => console.error(`could not drop ${dbName}: ${e.message}`));
    await admin.end();
  });
  const u = new URL(pgUrl);
  u.pathname = `/${dbName}`;
  const databaseUrl = u.href;

  const [portA, portB] = [await freePort(), await freePort()];
  const appUrl = `http://localhost:${portA}`; // the public URL; compose puts the proxy there
  const emulator = await startEmulator(appUrl);
  const receiver = await startReceiver();
  cleanups.push(() => receiver.close());

  // What compose.yaml gives every container (plus the emulator instead of Remote). Nothing from
  // this shell leaks in: only PATH and HOME.
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    APP_URL: appUrl,
    REMOTE_ENVIRONMENT: "emulator",
    REMOTE_GATEWAY_URL: emulator.url,
    REMOTE_CLIENT_ID: "rcemulatordemoclient01",
    REMOTE_CLIENT_SECRET: "emulator-demo-secret-do-not-use-in-production",
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    TOKEN_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString("base64")}`,
    HEALTH_DETAILS_TOKEN: randomBytes(24).toString("base64url"),
    // The receiver listens on 127.0.0.1; never set this in production.
    WEBHOOK_ALLOW_PRIVATE_URLS: "true",
    LOG_LEVEL: "warn",
  };

  await check("migration command run once (node scripts/db/migrate.mjs)", async () => {
    const r = await runIn(appDir, ["scripts/db/migrate.mjs"], env);
    assert(r.code === 0, `exit ${r.code}\n${r.out}`);
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`);
      const expected = readdirSync(path.join(root, "prisma/postgres/migrations"), { withFileTypes: true }).filter((d) => d.isDirectory()).length;
      assert(rows[0].n === expected, `${rows[0].n} migrations applied, ${expected} expected`);
      return `${rows[0].n} migrations`;
    } finally {
      await db.end();
    }
  });

  const replicas = [
    { name: "app-a", port: portA },
    { name: "app-b", port: portB },
  ];
  await check("two replicas start (node server.js, BACKGROUND_JOBS=off)", async () => {
    for (const r of replicas) {
      r.url = `http://127.0.0.1:${r.port}`;
      r.svc = new Service(r.name, process.execPath, ["server.js"], { cwd: appDir, env: { ...env, BACKGROUND_JOBS: "off", PORT: String(r.port), HOSTNAME: "127.0.0.1" } }).start();
      cleanups.push(() => r.svc.stop());
    }
    await Promise.all(replicas.map((r) => waitForHttp(`${r.url}/api/health`, { timeoutMs: 30_000, service: r.svc, accept: () => true })));
  });

  await check("GET /api/health on both: ok, on PostgreSQL", async () => {
    for (const r of replicas) {
      const res = await fetch(`${r.url}/api/health`, { headers: { authorization: `Bearer ${env.HEALTH_DETAILS_TOKEN}` } });
      const body = await res.json();
      assert(res.status === 200 && body.status === "ok", `${r.name}: ${res.status} ${JSON.stringify(body)}`);
      assert(JSON.stringify(body).includes("postgres"), `${r.name}: health details do not name PostgreSQL: ${JSON.stringify(body)}`);
    }
  });

  await check("static assets and public/ served by both (copied next to server.js)", async () => {
    for (const r of replicas) {
      const page = await fetch(`${r.url}/sign-in`);
      const html = await page.text();
      const assets = [...new Set(html.match(/\/_next\/static\/[^"'\s)]+\.(?:js|css)/g) ?? [])];
      assert(page.status === 200 && assets.length > 0, `${r.name}: /sign-in ${page.status} with ${assets.length} static assets`);
      for (const a of assets.slice(0, 3)) {
        const res = await fetch(`${r.url}${a}`);
        assert(res.status === 200, `${r.name}: ${a} ${res.status}`);
      }
      for (const f of readdirSync(path.join(root, "public"))) {
        const res = await fetch(`${r.url}/${f}`);
        assert(res.status === 200, `${r.name}: public/${f} ${res.status}`);
      }
    }
  });

  let key;
  await check("API key created with the image's CLI (cli/api-keys-create.cjs)", async () => {
    const r = await runIn(appDir, ["cli/api-keys-create.cjs", "--name", "deploy smoke"], env);
    assert(r.code === 0, `exit ${r.code}\n${r.out}`);
    key = r.out.trim().split("\n").pop();
    for (const rep of replicas) {
      const res = await api(rep.url, key, "GET", "/api/v1/connections");
      assert(res.status === 200, `${rep.name}: GET /api/v1/connections ${res.status} ${JSON.stringify(res.json)}`);
    }
    const bad = await api(replicas[1].url, `${key}x`, "GET", "/api/v1/connections");
    assert(bad.status === 401, `a wrong key got ${bad.status}`);
  });

  await check("first admin created with the image's CLI (cli/staff-create.cjs, argon2 native binding)", async () => {
    const r = await runIn(appDir, ["cli/staff-create.cjs", "--email", "admin@deploy-smoke.test", "--role", "admin"], env);
    assert(r.code === 0, `exit ${r.code}\n${r.out}`);
  });

  let endpoint;
  await check("webhook endpoint registered on app-b", async () => {
    const res = await api(replicas[1].url, key, "POST", "/api/v1/webhook-endpoints", { url: receiver.url, events: ["connection.created"] });
    assert(res.status === 201 && res.json?.secret, `POST /api/v1/webhook-endpoints ${res.status} ${JSON.stringify(res.json)}`);
    endpoint = res.json;
    receiver.setSecret(endpoint.secret);
  });

  let link;
  await check("connect link created on app-a", async () => {
    const res = await api(replicas[0].url, key, "POST", "/api/v1/connect-links", { external_id: "deploy-smoke-1" });
    assert(res.status === 201 && res.json?.url, `POST /api/v1/connect-links ${res.status} ${JSON.stringify(res.json)}`);
    link = res.json;
  });

  let connectionId;
  await check("consent through the link: started on app-b, callback on app-a", async () => {
    const jar = new CookieJar();
    const ctx = { journal: { http: [] }, emulatorUrl: emulator.url };
    const onB = link.url.replace(appUrl, replicas[1].url);
    const landing = await send(ctx.journal, "consent", onB, { jar });
    assert(landing.status === 200, `link page ${landing.status}`);
    const cb = await untilCallback(ctx, `${onB}/start`, jar, (accounts) => accounts[0]);
    assert(!cb.failed, cb.failed);
    assert(cb.callbackUrl.startsWith(`${appUrl}/connect/callback`), `callback went to ${cb.callbackUrl}`);
    const done = await send(ctx.journal, "consent", cb.callbackUrl, { jar });
    assert(done.status === 303 && new URL(done.location).pathname === "/connect/done", `callback ${done.status} → ${done.location}`);
  });

  await check("connection listed on app-b", async () => {
    const res = await api(replicas[1].url, key, "GET", "/api/v1/connections?external_id=deploy-smoke-1");
    const conn = res.json?.data?.[0];
    assert(res.status === 200 && conn?.status === "connected", `GET /api/v1/connections ${res.status} ${JSON.stringify(res.json)}`);
    connectionId = conn.id;
  });

  await check("both replicas hand out the same cached access token", async () => {
    const tokens = [];
    for (const r of [...replicas, ...replicas]) {
      const res = await api(r.url, key, "POST", `/api/v1/connections/${connectionId}/access-token`, {});
      assert(res.status === 200 && res.json?.access_token, `${r.name}: ${res.status} ${JSON.stringify(res.json)}`);
      tokens.push(res.json.access_token);
    }
    assert(new Set(tokens).size === 1, `${new Set(tokens).size} different tokens across the replicas`);
  });

  await check("the worker (node cli/worker.cjs) delivers the connection.created webhook", async () => {
    // The replicas run no jobs (BACKGROUND_JOBS=off): no job row was ever leased, nothing delivered.
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM "JobLease"`).finally(() => db.end());
    assert(rows[0].n === 0 && receiver.deliveries.length === 0, `the replicas ran background jobs (${rows[0].n} job rows, ${receiver.deliveries.length} deliveries)`);
    const worker = new Service("worker", process.execPath, ["cli/worker.cjs"], { cwd: appDir, env: { ...env, BACKGROUND_JOBS: "on" } }).start();
    cleanups.push(() => worker.stop());
    const deadline = Date.now() + 30_000;
    while (!receiver.deliveries.some((d) => d.type === "connection.created") && Date.now() < deadline) {
      assert(worker.running, `the worker exited (${JSON.stringify(worker.result)})`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const event = receiver.deliveries.find((d) => d.type === "connection.created");
    assert(event, "no connection.created delivery within 30 s");
    assert(JSON.stringify(event).includes(connectionId), `delivery is about another connection: ${JSON.stringify(event)}`);
  });
}

for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => {
    console.log(`${sig}: stopping what the smoke test started…`);
    cleanup().finally(() => process.exit(130));
  });
}

let failed = false;
try {
  await main();
} catch {
  failed = true;
} finally {
  await cleanup();
}
const passed = results.filter((r) => r.ok).length;
console.log(`${failed ? c.red("Deploy smoke FAILED") : c.green("Deploy smoke passed")}: ${passed}/${results.length} checks in ${ms(started)}`);
process.exit(failed ? 1 : 0);
