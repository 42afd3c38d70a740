// npm run chaos — real processes (2 × next start behind a proxy, the emulator, the CLI) under load
// while faults are injected, then checks that nothing the app acknowledged was lost or wrong.
// See README ("Chaos suite") and `npm run chaos -- --help`.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { root } from "../lib/proc.mjs";
import { lostCompanies, runChecks } from "./checks.mjs";
import { postgresClusterDir } from "./databases.mjs";
import { gatherEvidence } from "./evidence.mjs";
import { faultSchedule, injectFaults } from "./faults.mjs";
import { Journal } from "./journal.mjs";
import { runLoad } from "./load.mjs";
import { readOptions, seededRandom } from "./options.mjs";
import { runCli } from "./ops-cli.mjs";
import { submitActionId } from "./ops-company.mjs";
import { consentRoundTrip } from "./ops-consent.mjs";
import { listConnections } from "./ops-partner.mjs";
import { printReport } from "./report.mjs";
import { DIST_DIR, emptyStack, preflight, startStack, stopStack } from "./stack.mjs";
import { APP_URL, EMULATOR_URL, MIN_TTL_SECONDS, PORTS } from "./topology.mjs";

const SEED_COMPANIES = ["3b6f2c1e-5a4d-4c8e-9f21-0a7d6e5b4c31", "8d0e4f7a-2b1c-4e9d-a6f3-5c2b1a0d9e84", "c5a1d9e2-7f3b-4a6c-8e0d-1b9f2a7c3d56"];
const opts = readOptions();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Everything started for the current database, so Ctrl-C (or a crash) can stop it.
const stack = emptyStack();
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    console.error(`\nchaos: ${signal}, stopping the processes`);
    stopStack(stack, { keepDatabase: opts.keep }).finally(() => process.exit(130));
  });
}

async function runDatabase(kind, index) {
  const stamp = `${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}_${kind}`;
  const logDir = path.join(root, "data/chaos", stamp);
  mkdirSync(logDir, { recursive: true });
  const journal = new Journal(kind);
  console.log(`\n[${kind}] setting up: fresh database, emulator on ${PORTS.emulator}, apps on ${PORTS.apps.join(" and ")}, proxy (APP_URL) on ${PORTS.proxy}; logs in ${path.relative(root, logDir)}/`);
  await startStack(stack, { kind, stamp: stamp.toLowerCase(), logDir });
  const env = stack.env;

  const ctx = {
    journal, env, seed: opts.seed, appUrl: APP_URL, emulatorUrl: EMULATOR_URL, emu: stack.emulator, apps: stack.apps,
    rng: seededRandom(opts.seed + 1000 * (index + 1)), keys: [], connections: new Map(), freshLinks: [], linkedCompanies: new Set(),
    seedCompanies: SEED_COMPANIES, actionId: submitActionId(DIST_DIR), pgDir: kind === "postgres" ? postgresClusterDir() : null,
  };
  // Setup, before any fault: an API key from the CLI and one connection per seeded company.
  const first = await runCli("api-keys:create", ["--name", "chaos-setup"], env);
  if (first.code !== 0) throw new Error(`api-keys:create failed during setup: ${first.output}`);
  ctx.keys.push(first.output.split("\n").pop());
  journal.acks.keys.push({ key: ctx.keys[0], at: Date.now(), ackAt: Date.now(), name: "chaos-setup" });
  for (const companyId of SEED_COMPANIES) {
    const r = await consentRoundTrip(ctx, { viaLink: false, companyId });
    if (r !== "done") throw new Error(`setup consent for ${companyId} failed: ${r}`);
  }
  await listConnections(ctx);

  const plan = faultSchedule(seededRandom(opts.seed + index), opts.durationMs, kind === "postgres" && ctx.pgDir !== null);
  if (kind === "postgres" && !ctx.pgDir) console.log(`[${kind}] TEST_POSTGRES_URL's cluster was not started by .ci/start-postgres.sh here: no PostgreSQL restarts`);
  console.log(`[${kind}] fault plan (seed ${opts.seed}): ${plan.map((p) => `${(p.at / 1000).toFixed(1)}s ${p.kind}`).join(", ")}`);
  journal.t0 = Date.now();
  const deadline = journal.t0 + opts.durationMs;
  const progress = setInterval(() => {
    const failed = journal.ops.filter((o) => !/^(2\d\d|done|ok|404 not_found)/.test(o.outcome)).length;
    const up = stack.apps.filter((a) => a.up).map((a) => a.name).join(" ") || "none";
    console.log(`[${kind}] ${Math.round((Date.now() - journal.t0) / 1000)} s: ${journal.ops.length} operations (${failed} not ok), ${journal.faults.length} faults, apps up: ${up}`);
  }, 10_000);
  await Promise.all([runLoad(ctx, deadline, opts.concurrency), injectFaults(ctx, plan, deadline)]);
  clearInterval(progress);

  // Let leases and cool-downs run out, then look at what is left.
  await sleep(2000);
  const evidence = await gatherEvidence(ctx, stack.database, logDir);
  const anomalies = runChecks({ journal, ...evidence, minTtlMs: MIN_TTL_SECONDS * 1000 });
  const notes = lostCompanies({ journal, ...evidence });
  const result = printReport({ database: kind, seed: opts.seed, durationMs: opts.durationMs, concurrency: opts.concurrency, journal, anomalies, notes });
  // A SQLite file with anomalies is kept for inspection; a PostgreSQL database only on --keep
  // (the cluster is shared).
  const database = stack.database;
  const keep = opts.keep || (kind === "sqlite" && result.anomalies > 0);
  await stopStack(stack, { keepDatabase: keep });
  console.log(`[${kind}] logs in ${path.relative(root, logDir)}/${keep ? `; database kept: ${database.file ?? database.url}` : ""}`);
  return result;
}

let totals = { operations: 0, faults: 0, anomalies: 0 };
try {
  await preflight();
  console.log(`chaos: seed ${opts.seed}, ${opts.durationMs / 1000} s per database, build ${DIST_DIR}`);
  for (const [i, kind] of opts.databases.entries()) {
    if (kind === "postgres" && !process.env.TEST_POSTGRES_URL) {
      console.log("\n[postgres] skipped: TEST_POSTGRES_URL is not set");
      continue;
    }
    const r = await runDatabase(kind, i);
    totals = { operations: totals.operations + r.operations, faults: totals.faults + r.faults, anomalies: totals.anomalies + r.anomalies };
  }
} catch (e) {
  console.error(`chaos: ${e.stack ?? e}`);
  await stopStack(stack, { keepDatabase: opts.keep });
  console.log(`chaos: ${totals.operations} operations, ${totals.faults} faults, ${totals.anomalies} anomalies (aborted)`);
  process.exit(2);
}
console.log(`\nchaos: ${totals.operations} operations, ${totals.faults} faults, ${totals.anomalies} anomalies`);
process.exit(totals.anomalies > 0 ? 1 : 0);
