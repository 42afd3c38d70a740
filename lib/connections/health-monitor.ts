import "server-only";
import { recordAudit, SYSTEM } from "../audit/record";
import { reconnectLinkUrl } from "../connect-links/service";
import { getDb } from "../db";
import { getEnv } from "../env";
import { emitConnectionEvent } from "../events/emit";
import { logger } from "../logger";
import { spendRemoteCall, withBudget } from "../remote/budget";
import { refreshForHealthCheck } from "./access-token";
import { TokenServiceError } from "./errors";
import {
  callSpacingMs,
  emptySummary,
  giveUpCutoff,
  isIdle,
  nextCheckAfterFailure,
  nextCheckAfterRefresh,
  RETRY_SKIPPED_MS,
  summaryLine,
  type HealthSettings,
  type SweepSummary,
} from "./health-schedule";

// The proactive health monitor: refreshes idle connections through the same single flight as every
// other caller, at a capped rate, and gives up on a connection Remote keeps refusing. One sweep
// runs at a time across processes (it is a job: see health-monitor-job.ts).

export type SweepOptions = {
  /** The clock deciding what is due, when the next check is and when refusals have lasted long enough. */
  now?: () => Date;
  /** Waits between Remote calls (the rate cap); a test clock advances instead of sleeping. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal;
  settings?: Partial<HealthSettings>;
  random?: () => number;
  /** Called after each batch with the counts so far (the job stores them for the console). */
  onProgress?: (summary: SweepSummary) => Promise<void> | void;
};

const BATCH = 100;
const CHECKED_STATUSES = ["connected", "refresh_failing"];

export function healthSettings(): HealthSettings {
  const env = getEnv();
  return { intervalHours: env.HEALTH_CHECK_INTERVAL_HOURS, maxPerMinute: env.HEALTH_CHECK_MAX_PER_MINUTE, giveUpDays: env.HEALTH_GIVE_UP_DAYS };
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted || ms <= 0) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}

type Due = { id: string; lastRefreshAt: Date | null; connectedAt: Date; nextHealthCheckAt: Date | null };

/**
 * The next due rows after `afterId`. One sweep is one pass in id order: a row rescheduled during
 * the sweep (a skipped one is due again in 5 minutes) waits for the next sweep instead of hiding
 * rows behind it.
 */
function dueBatch(now: Date, afterId: string): Promise<Due[]> {
  return getDb().connection.findMany({
    where: {
      environment: getEnv().REMOTE_ENVIRONMENT,
      status: { in: CHECKED_STATUSES },
      OR: [{ nextHealthCheckAt: null }, { nextHealthCheckAt: { lte: now } }],
      id: { gt: afterId },
    },
    orderBy: { id: "asc" },
    take: BATCH,
    select: { id: true, lastRefreshAt: true, connectedAt: true, nextHealthCheckAt: true },
  });
}

/** Moves a connection's next check; only while it is still a checked status (a disconnect wins). */
async function schedule(id: string, next: Date, checkedAt?: Date): Promise<void> {
  await getDb().connection.updateMany({
    where: { id, status: { in: CHECKED_STATUSES } },
    data: { nextHealthCheckAt: next, ...(checkedAt ? { healthCheckedAt: checkedAt } : {}) },
  });
}

/**
 * Runs one sweep: every due connection whose token has been idle for the interval is refreshed,
 * at most maxPerMinute Remote calls a minute; the others are rescheduled. Returns the counts.
 */
export async function runHealthSweep(opts: SweepOptions = {}): Promise<SweepSummary> {
  const s = { ...healthSettings(), ...opts.settings };
  const clock = opts.now ?? (() => new Date());
  const sleep = opts.sleep ?? abortableSleep;
  const spacing = callSpacingMs(s);
  const summary = emptySummary(clock());
  let cursor = "";
  let nextCallAt = 0;

  sweep: while (!opts.signal?.aborted) {
    const batch = await dueBatch(clock(), cursor);
    if (!batch.length) break;
    for (const row of batch) {
      if (opts.signal?.aborted) break sweep;
      cursor = row.id;
      const lastActive = row.lastRefreshAt ?? row.connectedAt;
      if (!isIdle(lastActive, clock(), s)) {
        // Refreshed recently (by traffic): not idle, so no Remote call; due again once it would be.
        summary.skipped++;
        await schedule(row.id, nextCheckAfterRefresh(lastActive, s, opts.random));
        continue;
      }
      const wait = nextCallAt - clock().getTime();
      if (wait > 0) await sleep(wait, opts.signal);
      if (opts.signal?.aborted) break sweep;
      if (!(await spendBackgroundCall(opts.signal))) break sweep;
      const startedAt = clock();
      // The call was paid for above; anything more this check sends to Remote is background work too.
      const outcome = await withBudget({ priority: "background", prepaid: { left: 1 } }, () => checkOne(row.id, startedAt, s, opts.random));
      if (outcome.calledRemote) {
        summary.remote_calls++;
        nextCallAt = startedAt.getTime() + spacing;
      }
      summary[outcome.result]++;
      if (outcome.result !== "skipped") summary.checked++;
      if (outcome.clientRefused) {
        summary.ended = "client_refused";
        break sweep;
      }
    }
    summary.when = clock().toISOString();
    await opts.onProgress?.(summary);
  }
  if (opts.signal?.aborted) summary.ended ??= "stopped";
  summary.when = clock().toISOString();
  logger.info({ job: "health", ...summary }, `health sweep: ${summaryLine(summary)}`);
  return summary;
}

/**
 * The monitor is background work: it waits for room in the shared rate budget, and waits here,
 * before the refresh takes its lease, so a full budget never keeps a lease (and every caller
 * waiting on it) held. False when the sweep is being stopped.
 */
async function spendBackgroundCall(signal?: AbortSignal): Promise<boolean> {
  try {
    await spendRemoteCall("background", { signal });
    return true;
  } catch (e) {
    if (signal?.aborted) return false;
    throw e;
  }
}

type Outcome = { result: "healthy" | "failing" | "needs_reconnect" | "skipped"; calledRemote: boolean; clientRefused?: boolean };

async function checkOne(id: string, now: Date, s: HealthSettings, random?: () => number): Promise<Outcome> {
  const { calledRemote, error } = await refreshForHealthCheck(id, now);
  if (!error) {
    await schedule(id, nextCheckAfterRefresh(now, s, random), now);
    return { result: "healthy", calledRemote };
  }
  const scope = error instanceof TokenServiceError ? error.scope : undefined;
  if (!(error instanceof TokenServiceError)) {
    logger.warn({ connectionId: id, err: error instanceof Error ? error.message : String(error) }, "health check failed unexpectedly");
  }
  if (error instanceof TokenServiceError && error.code === "needs_reconnect") return { result: "needs_reconnect", calledRemote };
  if (!calledRemote) {
    // A cool-down, the client circuit, or another caller's refresh stopped us before Remote.
    await schedule(id, new Date(now.getTime() + RETRY_SKIPPED_MS));
    return { result: "skipped", calledRemote };
  }
  if (scope === "client") {
    // Our credentials, not this company: the circuit stops every later check, so the sweep ends.
    await schedule(id, new Date(now.getTime() + RETRY_SKIPPED_MS));
    return { result: "skipped", calledRemote, clientRefused: true };
  }
  if (scope === "refused" && (await escalateIfGivenUp(id, now, s))) return { result: "needs_reconnect", calledRemote };
  await schedule(id, nextCheckAfterFailure(now, s, random), now);
  return { result: "failing", calledRemote };
}

/**
 * Refusals (4xx other than 429) since `refusedSince` have lasted HEALTH_GIVE_UP_DAYS: the company
 * must consent again. Status, audit and event (with its reconnect link) commit together, and only
 * while the run still stands and nobody holds the refresh lease, so one check escalates once.
 */
export async function escalateIfGivenUp(id: string, now: Date, s: HealthSettings = healthSettings()): Promise<boolean> {
  const cutoff = giveUpCutoff(now, s);
  return getDb().$transaction(async (tx) => {
    const row = await tx.connection.findUnique({ where: { id }, select: { refusedSince: true, statusReason: true, externalId: true, companyName: true } });
    if (!row?.refusedSince || row.refusedSince > cutoff) return false;
    const realNow = new Date();
    const { count } = await tx.connection.updateMany({
      where: {
        id,
        status: { in: CHECKED_STATUSES },
        refusedSince: row.refusedSince,
        OR: [{ leaseExpiresAt: null }, { leaseExpiresAt: { lt: realNow } }],
      },
      data: { status: "needs_reconnect", accessTokenEnc: null, accessTokenExpiresAt: null, leaseOwner: null, leaseExpiresAt: null, nextHealthCheckAt: null, healthCheckedAt: now },
    });
    if (count !== 1) return false;
    const reason = row.statusReason ?? "refused";
    const days = Math.floor((now.getTime() - row.refusedSince.getTime()) / 86_400_000);
    await recordAudit(
      {
        type: "health_check.escalated",
        actor: SYSTEM,
        connectionId: id,
        message: `${row.companyName}: Remote has refused every token refresh for ${days} days (${reason}); a company admin must reconnect`,
        metadata: { remote_code: reason, refused_since: row.refusedSince.toISOString(), give_up_days: s.giveUpDays },
      },
      tx,
    );
    const reconnect_url = await reconnectLinkUrl(tx, { id, externalId: row.externalId }, SYSTEM);
    await emitConnectionEvent(tx, "connection.needs_reconnect", id, { reason, reconnect_url });
    return true;
  });
}
