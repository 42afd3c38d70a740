import { SettingsList } from "@/components/console/settings-list";
import type { HealthMonitorState } from "@/lib/connections/health-monitor-state";
import { formatDateTime, formatRelative } from "@/lib/console/format";

const when = (d: Date | null, now: Date) => (d ? `${formatDateTime(d)} (${formatRelative(d, now)})` : "never");

/** The health monitor's settings and what its last sweep did (from the job's row, shared by every process). */
export function HealthMonitorSettings({ m, now }: { m: HealthMonitorState; now: Date }) {
  const s = m.summary;
  const summary = s
    ? `checked ${s.checked}: ${s.healthy} healthy, ${s.failing} failing, ${s.needs_reconnect} needs reconnect; ${s.skipped} skipped; ${s.remote_calls} Remote calls` +
      (s.ended === "client_refused" ? " (stopped: Remote refused the client credentials)" : s.ended === "stopped" ? " (stopped early)" : "")
    : "no sweep recorded yet";
  const next = m.running ? `running now in ${m.runningIn}` : m.nextRunAt ? (m.nextRunAt > now ? when(m.nextRunAt, now) : "due now") : "when a job runner first starts";
  return (
    <div data-testid="health-monitor">
      <SettingsList
        items={[
          ["Checks connections idle for", `${m.settings.intervalHours} h (HEALTH_CHECK_INTERVAL_HOURS)`],
          ["Rate cap", `${m.settings.maxPerMinute} Remote calls a minute, all processes together (HEALTH_CHECK_MAX_PER_MINUTE)`],
          ["Gives up after", `${m.settings.giveUpDays} days of refusals (HEALTH_GIVE_UP_DAYS); outages never escalate`],
          ["Background jobs in this process", m.jobsInThisProcess ? "on" : "off (BACKGROUND_JOBS=off: an `npm run worker` process must run them)"],
          ["Last sweep", s ? `${when(new Date(s.when), now)}${m.running ? ", in progress" : ""}` : when(m.lastRunAt, now)],
          ["Last sweep did", summary],
          ["Next sweep", next],
          ["Idle connections due now", String(m.dueNow)],
          ...(m.lastError ? ([["Last error", m.lastError]] as [string, string][]) : []),
        ]}
      />
      <p className="mt-2 text-xs text-slate-600">
        Run one sweep now with <code>npm run health:check</code>.
      </p>
    </div>
  );
}
