import "server-only";
import { healthMonitorState } from "../connections/health-monitor-state";
import { getDb } from "../db";
import { logger } from "../logger";
import { readRateBudget } from "../remote/budget";
import { CONNECTION_STATUSES, DELIVERY_STATUSES, REMOTE_ENVIRONMENTS, SWEEP_RESULTS } from "./labels";
import type { Metrics } from "./registry";

// The business numbers come from the database, not from counters in this process: deliveries and
// sweeps run in the background worker, which nobody scrapes, and every replica answers the same.
// A scrape reads them with a handful of aggregate queries, at most once per CACHE_MS however many
// Prometheus servers (or replicas sharing a database) ask.

export const CACHE_MS = 5_000;

type Snapshot = {
  budget: Awaited<ReturnType<typeof readRateBudget>>;
  connections: { status: string; environment: string; count: number }[];
  deliveries: { status: string; count: number; oldestPending: Date | null }[];
  outbox: { count: number; oldest: Date | null };
  sweep: Awaited<ReturnType<typeof healthMonitorState>>;
};

async function read(): Promise<Snapshot> {
  const db = getDb();
  const [budget, connections, deliveries, outbox, sweep] = await Promise.all([
    readRateBudget(),
    db.connection.groupBy({ by: ["status", "environment"], _count: { _all: true } }),
    db.webhookDelivery.groupBy({ by: ["status"], _count: { _all: true }, _min: { createdAt: true } }),
    db.event.aggregate({ where: { dispatchedAt: null }, _count: { _all: true }, _min: { createdAt: true } }),
    healthMonitorState(),
  ]);
  return {
    budget,
    connections: connections.map((r) => ({ status: r.status, environment: r.environment, count: r._count._all })),
    deliveries: deliveries.map((r) => ({ status: r.status, count: r._count._all, oldestPending: r.status === "pending" ? r._min.createdAt : null })),
    outbox: { count: outbox._count._all, oldest: outbox._min.createdAt },
    sweep,
  };
}

let cached: { at: number; value: Promise<Snapshot> } | undefined;

/** Test hook: forget the cached snapshot. */
export function resetDbGaugesForTests() {
  cached = undefined;
}

function snapshot(now: number): Promise<Snapshot> {
  if (!cached || now - cached.at >= CACHE_MS) {
    const value = read();
    cached = { at: now, value };
    // A failed read is not cached: the next scrape tries again.
    value.catch(() => (cached?.value === value ? (cached = undefined) : undefined));
  }
  return cached.value;
}

const ageSeconds = (d: Date | null, now: number) => (d ? Math.max(0, (now - d.getTime()) / 1000) : 0);
const known = (set: readonly string[], v: string) => set.includes(v);

/** Sets the database-backed gauges for this scrape; on a database failure they are left out and metrics_database_up is 0. */
export async function refreshDbGauges(metrics: Metrics, now = Date.now()): Promise<void> {
  const gauges = [metrics.budgetLimit, metrics.budgetRemaining, metrics.connections, metrics.webhookDeliveries, metrics.outboxUndispatched, metrics.outboxOldestAge];
  const sweepGauges = [metrics.sweepRunning, metrics.sweepConnections, metrics.sweepRemoteCalls, metrics.sweepDue, metrics.sweepLastRun];
  for (const g of [...gauges, ...sweepGauges]) g.reset();
  let s: Snapshot;
  try {
    s = await snapshot(now);
  } catch (e) {
    logger.warn({ err: e instanceof Error ? e.message : String(e) }, "metrics: the database-backed gauges could not be read");
    metrics.dbGaugesUp.set(0);
    return;
  }
  metrics.dbGaugesUp.set(1);

  metrics.budgetLimit.set(s.budget.limit);
  metrics.budgetRemaining.set({ source: "window" }, s.budget.windowRemaining);
  if (s.budget.remoteRemaining !== null) metrics.budgetRemaining.set({ source: "remote" }, s.budget.remoteRemaining);

  // Every status of the environments in use is a series, zeros included, so a panel never has gaps.
  const environments = new Set(s.connections.map((c) => c.environment).filter((e) => known(REMOTE_ENVIRONMENTS, e)));
  for (const environment of environments) for (const status of CONNECTION_STATUSES) metrics.connections.set({ status, environment }, 0);
  for (const c of s.connections) if (environments.has(c.environment) && known(CONNECTION_STATUSES, c.status)) metrics.connections.set({ status: c.status, environment: c.environment }, c.count);

  for (const status of DELIVERY_STATUSES) metrics.webhookDeliveries.set({ status }, 0);
  for (const d of s.deliveries) if (known(DELIVERY_STATUSES, d.status)) metrics.webhookDeliveries.set({ status: d.status }, d.count);
  metrics.outboxUndispatched.set(s.outbox.count);
  metrics.outboxOldestAge.set({ stage: "dispatch" }, ageSeconds(s.outbox.oldest, now));
  metrics.outboxOldestAge.set({ stage: "delivery" }, ageSeconds(s.deliveries.find((d) => d.status === "pending")?.oldestPending ?? null, now));

  metrics.sweepRunning.set(s.sweep.running ? 1 : 0);
  metrics.sweepDue.set(s.sweep.dueNow);
  metrics.sweepLastRun.set(s.sweep.lastRunAt ? s.sweep.lastRunAt.getTime() / 1000 : 0);
  const summary = s.sweep.summary;
  for (const result of SWEEP_RESULTS) metrics.sweepConnections.set({ result }, summary?.[result] ?? 0);
  metrics.sweepRemoteCalls.set(summary?.remote_calls ?? 0);
}
