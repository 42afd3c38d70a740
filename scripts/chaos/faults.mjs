// The fault injector: a schedule drawn from the seed (so `--seed N` repeats it), executed against the
// real processes. Every fault is recorded with its window, so the checks can excuse clean failures
// inside it and the report can count it.
import { restartPostgres } from "./databases.mjs";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const TOKEN_FAULTS = {
  "token-5xx": (rng) => ({ target: "token", mode: "error", status: rng.pick([500, 502, 503]) }),
  "token-timeout": () => ({ target: "token", mode: "timeout" }),
  "token-429": () => ({ target: "token", mode: "rate_limit", reset_ms: 3000 }),
  // Slow company creation at Remote: a kill or a second submit then meets a creation in flight.
  "companies-slow": (rng) => ({ target: "companies", mode: "latency", latency_ms: rng.int(1500, 4000) }),
};

/** [{ at (ms from start), kind }]: every kind once early on (shuffled), then a random mix. */
export function faultSchedule(rng, durationMs, withPostgres) {
  const kinds = ["app-kill", "token-5xx", "token-timeout", "token-429", "companies-slow", "revoke", ...(withPostgres ? ["pg-restart"] : [])];
  const weights = { "app-kill": 3, "token-5xx": 2, "token-timeout": 2, "token-429": 2, "companies-slow": 1.5, revoke: 2, ...(withPostgres ? { "pg-restart": 1.5 } : {}) };
  const first = [...kinds];
  for (let i = first.length - 1; i > 0; i--) {
    const k = rng.int(0, i);
    [first[i], first[k]] = [first[k], first[i]];
  }
  const plan = [];
  for (let at = rng.between(2000, 4000); at < durationMs - 4000; at += rng.between(2500, 6000)) {
    plan.push({ at: Math.round(at), kind: first.shift() ?? rng.weighted(weights) });
  }
  return plan;
}

/**
 * Runs the schedule until `deadline`. One fault at a time, except that a killed app process is
 * restarted in the background (after 1–3 s) while the next faults go on; a second kill waits
 * until both processes are up again.
 */
export async function injectFaults(ctx, plan, deadline) {
  const { journal } = ctx;
  const t0 = Date.now();
  const restarts = [];
  for (const step of plan) {
    if (Date.now() > deadline) break;
    await sleep(t0 + step.at - Date.now());
    await runStep(ctx, step, restarts).catch((e) => journal.fault(`${step.kind} (injector error)`, e.message));
  }
  await Promise.all(restarts);
  await ctx.emu.del("/faults").catch(() => {}); // nothing may outlive the run
}

async function runStep(ctx, step, restarts) {
  const { journal, rng, emu, apps } = ctx;
  if (step.kind === "app-kill") {
    await Promise.all(restarts);
    const app = rng.pick(apps);
    const f = journal.fault("app-kill", app.name);
    await app.kill();
    const downMs = rng.int(1000, 3000);
    restarts.push(
      sleep(downMs)
        .then(() => app.start())
        .then(
          () => (f.end = Date.now()),
          (e) => ((f.end = Date.now()), (f.detail += ` (restart failed: ${e.message})`)),
        ),
    );
  } else if (TOKEN_FAULTS[step.kind]) {
    const body = TOKEN_FAULTS[step.kind](rng);
    const f = journal.fault(step.kind, body.status ? `HTTP ${body.status}` : body.latency_ms ? `+${body.latency_ms} ms` : body.mode);
    const { id } = await emu.post("/faults", body);
    await sleep(rng.int(2000, 5000));
    await emu.del(`/faults/${id}`).catch(() => {}); // cleared by a reset already: fine
    f.end = Date.now();
  } else if (step.kind === "revoke") {
    const companies = [...new Set(ctx.connections.values())];
    if (companies.length === 0) return;
    const companyId = rng.pick(companies);
    // Recorded before it is sent: if the call fails, the revocation may still have happened.
    const revoke = { companyId, sentAt: Date.now(), ackAt: Infinity };
    journal.revokes.push(revoke);
    const f = journal.fault("revoke", companyId);
    const r = await emu.post(`/companies/${companyId}/revoke`);
    revoke.ackAt = f.end = Date.now();
    f.detail += ` (${r?.revoked ?? "?"} grants)`;
  } else if (step.kind === "pg-restart") {
    const f = journal.fault("pg-restart", "pg_ctl restart -m fast");
    await restartPostgres(ctx.pgDir).catch((e) => (f.detail += ` (failed: ${e.message})`));
    f.end = Date.now();
  }
}
