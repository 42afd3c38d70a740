// Health-sweep bench steps that need the app's own modules; run by health-sweep.mjs as separate processes.
//   setup N              -> consent for a demo company, then N connections sharing its refresh token, idle for 2 days
//   idle                 -> make every connected row idle again (last refreshed 2 days ago, never checked)
//   sweep MODE [SECONDS] -> one sweep; MODE: paced (the configured cap, on a clock that skips the
//                           waits), real (the configured cap in real time, stopped after SECONDS)
import { randomUUID } from "node:crypto";
import { completeAuthorization, startAuthorization } from "../../lib/consent/flow";
import { runHealthSweep, type SweepOptions } from "../../lib/connections/health-monitor";
import { decryptSecret, encryptSecret } from "../../lib/crypto/vault";
import { getDb } from "../../lib/db";
import { getEnv } from "../../lib/env";

const out = (v: unknown) => process.stdout.write(JSON.stringify(v) + "\n");
const TWO_DAYS = 2 * 24 * 3600_000;

async function consent(): Promise<string> {
  const q = new URL(await startAuthorization({ browserNonce: "bench" })).searchParams;
  const res = await fetch(`${getEnv().gatewayUrl}/__emulator/authorize`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      client_id: q.get("client_id"), redirect_uri: q.get("redirect_uri"), state: q.get("state"),
      code_challenge: q.get("code_challenge"), code_challenge_method: "S256",
      company_id: "3b6f2c1e-5a4d-4c8e-9f21-0a7d6e5b4c31", decision: "allow",
    }),
  });
  const { redirect_to } = (await res.json()) as { redirect_to: string };
  const r = await completeAuthorization(new URL(redirect_to).searchParams, "bench");
  if (!r.ok) throw new Error(r.reason);
  return r.connectionId;
}

async function setup(n: number) {
  const db = getDb();
  const baseId = await consent();
  const base = await db.connection.findUniqueOrThrow({ where: { id: baseId } });
  const refreshToken = decryptSecret({ table: "Connection", id: baseId, field: "refreshToken" }, base.refreshTokenEnc!);
  // The consent itself stays out of the sweep: only the N clones are idle.
  await db.connection.update({ where: { id: baseId }, data: { status: "disconnected" } });
  const idleSince = new Date(Date.now() - TWO_DAYS);
  for (let i = 0; i < n; i += 500) {
    const data = Array.from({ length: Math.min(500, n - i) }, (_, j) => {
      const id = randomUUID();
      return {
        id,
        environment: getEnv().REMOTE_ENVIRONMENT,
        remoteCompanyId: randomUUID(),
        companyName: `Bench company ${i + j}`,
        refreshTokenEnc: encryptSecret({ table: "Connection", id, field: "refreshToken" }, refreshToken),
        lastRefreshAt: idleSince,
        connectedAt: idleSince,
        tokenVersion: 1,
      };
    });
    await db.connection.createMany({ data });
  }
  out({ connections: n });
}

async function idle() {
  const r = await getDb().connection.updateMany({
    where: { status: "connected" },
    data: { lastRefreshAt: new Date(Date.now() - TWO_DAYS), nextHealthCheckAt: null, healthCheckedAt: null },
  });
  out({ idle: r.count });
}

async function sweep(mode: string, seconds: number) {
  const opts: SweepOptions = {};
  if (mode === "paced") {
    // Real time plus every wait the cap imposes, without waiting: the wall time the sweep takes in production.
    let skipped = 0;
    opts.now = () => new Date(Date.now() + skipped);
    opts.sleep = async (ms) => {
      skipped += ms;
    };
  } else if (mode === "real") {
    const abort = new AbortController();
    setTimeout(() => abort.abort(), seconds * 1000).unref();
    opts.signal = abort.signal;
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
  const t0 = performance.now();
  const summary = await runHealthSweep(opts);
  const realMs = performance.now() - t0;
  const wallMs = new Date(summary.when).getTime() - new Date(summary.started).getTime();
  out({ summary, realMs, wallMs });
}

const [step, ...args] = process.argv.slice(2);
const run = step === "setup" ? setup(Number(args[0])) : step === "idle" ? idle() : step === "sweep" ? sweep(args[0], Number(args[1] ?? 30)) : Promise.reject(new Error(`unknown step ${step}`));
run.then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
