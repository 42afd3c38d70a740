import "server-only";
import { getDb } from "../db";
import { getEnv } from "../env";
import { readJobRecord, requestJobRun } from "../jobs";
import { healthSettings } from "./health-monitor";
import { HEALTH_JOB, intervalMs, parseSummary, type HealthSettings, type SweepSummary } from "./health-schedule";

// What the console and `npm run health:check` show about the monitor, read from its JobLease row.

export type HealthMonitorState = {
  settings: HealthSettings;
  /** Whether this process runs background jobs (BACKGROUND_JOBS). */
  jobsInThisProcess: boolean;
  /** A sweep holds the job's lease right now (in some process). */
  running: boolean;
  runningIn: string | null;
  lastRunAt: Date | null;
  nextRunAt: Date | null;
  lastError: string | null;
  summary: SweepSummary | null;
  /** Connections the next sweep will refresh: due now and idle for the whole interval. */
  dueNow: number;
};

export async function healthMonitorState(now = new Date()): Promise<HealthMonitorState> {
  const db = getDb();
  const env = getEnv();
  const idleSince = new Date(now.getTime() - intervalMs(healthSettings()));
  const [row, dueNow] = await Promise.all([
    readJobRecord(HEALTH_JOB, now),
    // What the next sweep will refresh: due, and idle for the whole interval.
    db.connection.count({
      where: {
        environment: env.REMOTE_ENVIRONMENT,
        status: { in: ["connected", "refresh_failing"] },
        AND: [
          { OR: [{ nextHealthCheckAt: null }, { nextHealthCheckAt: { lte: now } }] },
          { OR: [{ lastRefreshAt: { lte: idleSince } }, { lastRefreshAt: null, connectedAt: { lte: idleSince } }] },
        ],
      },
    }),
  ]);
  return {
    settings: healthSettings(),
    jobsInThisProcess: env.BACKGROUND_JOBS !== "off",
    running: !!row?.runningIn,
    runningIn: row?.runningIn ?? null,
    lastRunAt: row?.lastRunAt ?? null,
    nextRunAt: row?.nextRunAt ?? null,
    lastError: row?.lastError ?? null,
    summary: parseSummary(row?.lastSummary),
    dueNow,
  };
}

/** Makes the sweep due now; whichever process's job runner ticks next runs it. */
export function requestSweepNow(now = new Date()): Promise<void> {
  return requestJobRun(HEALTH_JOB, now);
}

export type ConnectionHealthCheck = {
  /** False for needs_reconnect/disconnected: the monitor leaves those alone. */
  monitored: boolean;
  lastCheckedAt: Date | null;
  /** Scheduled, or (never looked at yet) when its token will have been idle for the interval. */
  nextCheckAt: Date | null;
  /** Remote has refused every refresh since then (4xx); escalation once giveUpAt has passed. */
  refusedSince: Date | null;
  giveUpAt: Date | null;
};

/** One connection's health-check schedule, for its console page. */
export async function connectionHealthCheck(id: string): Promise<ConnectionHealthCheck | null> {
  const row = await getDb().connection.findUnique({
    where: { id },
    select: { status: true, healthCheckedAt: true, nextHealthCheckAt: true, lastRefreshAt: true, connectedAt: true, refusedSince: true },
  });
  if (!row) return null;
  const s = healthSettings();
  const monitored = row.status === "connected" || row.status === "refresh_failing";
  const idleAt = new Date((row.lastRefreshAt ?? row.connectedAt).getTime() + intervalMs(s));
  return {
    monitored,
    lastCheckedAt: row.healthCheckedAt,
    nextCheckAt: monitored ? (row.nextHealthCheckAt ?? idleAt) : null,
    refusedSince: monitored ? row.refusedSince : null,
    giveUpAt: monitored && row.refusedSince ? new Date(row.refusedSince.getTime() + s.giveUpDays * 86_400_000) : null,
  };
}
