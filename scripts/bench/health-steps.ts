// Health-sweep bench steps that need the app's own modules; run by health-sweep.mjs as separate processes.
//   setup N              -> consent for a demo company, then N connections sharing its refresh token, idle for 2 days
//   idle                 -> make every connected row idle again (last refreshed 2 days ago, never checked)
//   sweep MODE [SECONDS] -> one sweep; MODE: paced (the configured cap, on a clock that skips the
//                           waits), real (the configured cap in real time, stopped after SECONDS)
import { randomUUID } from "node:crypto";
import { runHealthSweep, type SweepOptions } from "../../lib/connections/health-monitor";
import { decryptSecret, encryptSecret } from "../../lib/crypto/vault";
import { getDb } from "../../lib/db";
import { getEnv } from "../../lib/env";
import { consentDemoCompany } from "./demo-consent";

const out = (v: unknown) => process.stdout.write(JSON.stringify(v) + "\n");
const TWO_DAYS = 2 * 24 * 3600_000;


async function setup(n: number) {
  const db = getDb();
  const baseId = await consentDemoCompany();
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
