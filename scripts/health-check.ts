// npm run health:check — runs one health sweep now and prints what it did. The sweep runs as the
// monitor's job (same lease as in the app and workers), so it never runs beside another sweep and
// the HEALTH_CHECK_MAX_PER_MINUTE cap holds across processes. Ctrl-C stops it between two calls.
import "dotenv/config";
import { checkSettingsOrExit } from "../lib/env/startup-check";

process.env.LOG_LEVEL ??= "warn";

const fmt = (d: Date | null) => (d ? d.toISOString().replace("T", " ").replace(/\.\d+Z$/, " UTC") : "never");

async function main() {
  checkSettingsOrExit();
  const { healthMonitorState, requestSweepNow } = await import("../lib/connections/health-monitor-state");
  const { summaryLine } = await import("../lib/connections/health-schedule");
  await import("../lib/connections/health-monitor-job");
  const { startJobRunner, stopJobRunner } = await import("../lib/jobs");

  const before = await healthMonitorState();
  const { intervalHours, maxPerMinute, giveUpDays } = before.settings;
  if (before.running) {
    console.log(`A health sweep is already running in ${before.runningIn}; not starting a second one (they share the rate cap).`);
    if (before.summary) console.log(`Its progress so far: ${summaryLine(before.summary)}.`);
    return 0;
  }
  console.log(
    `Health sweep: connections not refreshed in ${intervalHours} h, at most ${maxPerMinute} Remote calls a minute, ` +
      `escalating after ${giveUpDays} days of refusals. ${before.dueNow} idle connection(s) due now.`,
  );
  if (before.dueNow > maxPerMinute) console.log(`At this rate it takes about ${Math.ceil(before.dueNow / maxPerMinute)} minutes. Ctrl-C stops it between two calls.`);

  const requested = new Date();
  await requestSweepNow(requested);
  startJobRunner({ signals: "stop-and-exit", tickMs: 200 });
  let after = before;
  for (;;) {
    await new Promise((r) => setTimeout(r, 250));
    after = await healthMonitorState();
    if (after.lastRunAt && after.lastRunAt >= requested && !after.running) break;
  }
  await stopJobRunner();

  if (after.lastError) {
    console.error(`The sweep failed: ${after.lastError}`);
    return 1;
  }
  console.log(after.summary ? `Done at ${fmt(after.lastRunAt)}: ${summaryLine(after.summary)}.` : "Done (no summary recorded).");
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
