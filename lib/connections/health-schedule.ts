// Pure timing rules of the health monitor: no I/O, unit-tested beside this file.

export const HEALTH_JOB = "connections.health-sweep";
/**
 * From the end of one sweep to the start of the next. At least the spacing of two calls at the
 * lowest rate (1 a minute), so the cap holds across sweeps as it does within one.
 */
export const HEALTH_JOB_EVERY_MS = 60_000;

export type HealthSettings = {
  intervalHours: number;
  maxPerMinute: number;
  giveUpDays: number;
};

const HOUR_MS = 3600_000;
const DAY_MS = 24 * HOUR_MS;

export const intervalMs = (s: HealthSettings) => s.intervalHours * HOUR_MS;

/** Spacing between two of the monitor's Remote calls: N a minute means one every 60/N s. */
export const callSpacingMs = (s: HealthSettings) => Math.ceil(60_000 / s.maxPerMinute);

/**
 * Jitter is added, never subtracted: a check comes at most a tenth of the interval (and at most an
 * hour) late, so connections checked together drift apart instead of staying in lock-step, and
 * none is refreshed before its token has been idle for the whole interval.
 */
export function jitterMs(s: HealthSettings, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(intervalMs(s) / 10, HOUR_MS));
}

/** Idle: not refreshed (by traffic or by us) for the whole interval; only those are checked. */
export function isIdle(lastActive: Date, now: Date, s: HealthSettings): boolean {
  return lastActive.getTime() <= now.getTime() - intervalMs(s);
}

/** When a connection refreshed at `lastActive` is next due. */
export function nextCheckAfterRefresh(lastActive: Date, s: HealthSettings, random?: () => number): Date {
  return new Date(lastActive.getTime() + intervalMs(s) + jitterMs(s, random));
}

/**
 * A failing connection is looked at again after a quarter of the interval (6 h by default): a
 * recovery shows up sooner, and a run of refusals reaches HEALTH_GIVE_UP_DAYS close to on time.
 */
export function nextCheckAfterFailure(now: Date, s: HealthSettings, random?: () => number): Date {
  return new Date(now.getTime() + intervalMs(s) / 4 + jitterMs(s, random) / 4);
}

/** A check that could not run (cool-down, another caller's lease): soon, not at once. */
export const RETRY_SKIPPED_MS = 5 * 60_000;

/** Refusals that started at or before this time have lasted HEALTH_GIVE_UP_DAYS. */
export function giveUpCutoff(now: Date, s: HealthSettings): Date {
  return new Date(now.getTime() - s.giveUpDays * DAY_MS);
}

export type SweepSummary = {
  /** ISO times: when the sweep started and when it finished (or stopped). */
  started: string;
  when: string;
  /** Connections refreshed through the single flight (by us, or by a caller we waited for). */
  checked: number;
  healthy: number;
  /** Still connected/refresh_failing after a failed refresh. */
  failing: number;
  /** Became needs_reconnect: a dead grant, or escalated after HEALTH_GIVE_UP_DAYS of refusals. */
  needs_reconnect: number;
  /** Due but not checked: refreshed recently by traffic, cooling down, or another caller's lease. */
  skipped: number;
  /** Token requests this sweep sent to Remote (at most HEALTH_CHECK_MAX_PER_MINUTE a minute). */
  remote_calls: number;
  /** Set when the sweep ended early: stopped (process stopping) or client_refused (our credentials). */
  ended?: "stopped" | "client_refused";
};

export function emptySummary(started: Date): SweepSummary {
  return { started: started.toISOString(), when: started.toISOString(), checked: 0, healthy: 0, failing: 0, needs_reconnect: 0, skipped: 0, remote_calls: 0 };
}

/** lastSummary as stored (JSON), or null when missing or not a summary. */
export function parseSummary(text: string | null | undefined): SweepSummary | null {
  if (!text) return null;
  try {
    const v = JSON.parse(text) as SweepSummary;
    return typeof v === "object" && v && typeof v.checked === "number" && typeof v.when === "string" ? v : null;
  } catch {
    return null;
  }
}

/** One line for logs and `npm run health:check`. */
export function summaryLine(s: SweepSummary): string {
  const end = s.ended === "client_refused" ? " (stopped: Remote refused our client credentials)" : s.ended === "stopped" ? " (stopped early)" : "";
  return `checked ${s.checked}, healthy ${s.healthy}, failing ${s.failing}, needs-reconnect ${s.needs_reconnect}, skipped ${s.skipped}; ${s.remote_calls} Remote calls${end}`;
}
