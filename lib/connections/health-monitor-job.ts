import "server-only";
import { getDb } from "../db";
import { registerJob } from "../jobs";
import { runHealthSweep } from "./health-monitor";
import type { SweepSummary } from "./health-schedule";

// Registers the health monitor's sweep with the job runner. Imported by instrumentation.ts and
// scripts/worker.ts before the runner starts.

export const HEALTH_JOB = "connections.health-sweep";
/**
 * From the end of one sweep to the start of the next. At least the spacing of two calls at the
 * lowest rate (1 a minute), so the cap holds across sweeps as it does within one.
 */
export const HEALTH_JOB_EVERY_MS = 60_000;

/** Stored for the console; only while this process still holds the job (a lost lease writes nothing). */
async function storeSummary(owner: string, summary: SweepSummary): Promise<void> {
  await getDb().jobLease.updateMany({ where: { name: HEALTH_JOB, owner }, data: { lastSummary: JSON.stringify(summary) } });
}

registerJob({
  name: HEALTH_JOB,
  everyMs: HEALTH_JOB_EVERY_MS,
  async run({ signal, owner }) {
    const summary = await runHealthSweep({ signal, onProgress: (s) => storeSummary(owner, s) });
    await storeSummary(owner, summary);
  },
});
