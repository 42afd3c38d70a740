import "server-only";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { getEnv } from "../env";

// The one registry and every series, defined in this one place. Kept on globalThis: Next's dev
// server reloads modules and may bundle this file into several chunks, and two registries would
// each see half the counts (or throw on a second registration).

export const PREFIX = "remote_connect_";

function define(registry: Registry) {
  const registers = [registry];
  return {
    tokenRequests: new Counter({
      name: `${PREFIX}token_requests_total`,
      help: "Access token requests by token kind (company, partner) and how they were answered (cache_hit, refreshed, waited, error:<code>).",
      labelNames: ["kind", "outcome"] as const,
      registers,
    }),
    tokenRefreshDuration: new Histogram({
      name: `${PREFIX}token_refresh_duration_seconds`,
      help: "Time the token call to Remote took for one refresh held by this process (retries and the rate budget wait included).",
      labelNames: ["kind", "result"] as const,
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
      registers,
    }),
    remoteRequests: new Counter({
      name: `${PREFIX}remote_requests_total`,
      help: "Calls to Remote by endpoint template (unknown paths: other), method and status (or timeout/unreachable).",
      labelNames: ["endpoint", "method", "status"] as const,
      registers,
    }),
    remoteRequestDuration: new Histogram({
      name: `${PREFIX}remote_request_duration_seconds`,
      help: "Time until Remote's reply headers arrived, by endpoint template.",
      labelNames: ["endpoint"] as const,
      buckets: [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    httpDuration: new Histogram({
      name: `${PREFIX}http_request_duration_seconds`,
      help: "Requests this app answered, by route template, method and status class.",
      labelNames: ["route", "method", "status_class"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    // Computed from the database at scrape time (db-gauges.ts): every replica answers the same.
    budgetLimit: new Gauge({ name: `${PREFIX}rate_budget_limit`, help: "REMOTE_RATE_LIMIT_PER_MINUTE: calls to Remote allowed per sliding minute.", registers }),
    budgetRemaining: new Gauge({
      name: `${PREFIX}rate_budget_remaining`,
      help: "Calls to Remote left: in our sliding window (source=window), and by Remote's last x-ratelimit-remaining figure while it is live (source=remote).",
      labelNames: ["source"] as const,
      registers,
    }),
    connections: new Gauge({ name: `${PREFIX}connections`, help: "Connections by status and Remote environment.", labelNames: ["status", "environment"] as const, registers }),
    webhookDeliveries: new Gauge({
      name: `${PREFIX}webhook_deliveries`,
      help: "Webhook delivery rows by status (pending, succeeded, failed); use delta() for outcomes over time.",
      labelNames: ["status"] as const,
      registers,
    }),
    outboxUndispatched: new Gauge({ name: `${PREFIX}outbox_undispatched_events`, help: "Outbox events not yet fanned out to webhook endpoints.", registers }),
    outboxOldestAge: new Gauge({
      name: `${PREFIX}outbox_oldest_pending_age_seconds`,
      help: "Age of the oldest event still waiting: to be fanned out (stage=dispatch) or delivered (stage=delivery); 0 when none.",
      labelNames: ["stage"] as const,
      registers,
    }),
    sweepRunning: new Gauge({ name: `${PREFIX}health_sweep_running`, help: "1 while a health-monitor sweep holds its job lease (in any process).", registers }),
    sweepConnections: new Gauge({
      name: `${PREFIX}health_sweep_connections`,
      help: "The current (or last) health-monitor sweep's counts so far, by result.",
      labelNames: ["result"] as const,
      registers,
    }),
    sweepRemoteCalls: new Gauge({ name: `${PREFIX}health_sweep_remote_calls`, help: "Token requests the current (or last) sweep sent to Remote.", registers }),
    sweepDue: new Gauge({ name: `${PREFIX}health_sweep_due_connections`, help: "Connections the next sweep will refresh (due and idle).", registers }),
    sweepLastRun: new Gauge({ name: `${PREFIX}health_sweep_last_run_timestamp_seconds`, help: "When the last sweep started (Unix time); 0 before the first.", registers }),
    dbGaugesUp: new Gauge({ name: `${PREFIX}metrics_database_up`, help: "1 when the database-backed gauges of this scrape could be read, else 0 (they are then absent).", registers }),
  };
}

export type Metrics = ReturnType<typeof define>;
type Held = { registry: Registry; metrics: Metrics };
const holder = globalThis as unknown as { __remoteConnectMetrics?: Held };

function create(): Held {
  const registry = new Registry();
  const metrics = define(registry);
  // Node's process series (CPU, memory, event loop lag, GC) under their usual names, so stock dashboards work.
  collectDefaultMetrics({ register: registry });
  return { registry, metrics };
}

/** Metrics are on while METRICS_TOKEN is set; off, recording is one settings read and nothing else. */
export function metricsEnabled(): boolean {
  return getEnv().METRICS_TOKEN !== undefined;
}

/** The registry and its series, created on first use (only ever when metrics are on). */
export function held(): Held {
  holder.__remoteConnectMetrics ??= create();
  return holder.__remoteConnectMetrics;
}

/** The series, or undefined when metrics are off: `m()?.x.inc(…)` records nothing then. */
export function m(): Metrics | undefined {
  return metricsEnabled() ? held().metrics : undefined;
}

/** Every series name the registry defines (the Grafana dashboard test checks its queries against it). */
export async function definedMetricNames(): Promise<string[]> {
  const json = await held().registry.getMetricsAsJSON();
  return json.map((x) => x.name);
}
