import "server-only";
import { getDb } from "../db";
import { registerJob } from "../jobs";
import { runHealthSweep } from "./health-monitor";
import { HEALTH_JOB, HEALTH_JOB_EVERY_MS, type SweepSummary } from "./health-schedule";

// Registers the health monitor's sweep with the job runner. Imported by instrumentation.ts and
// scripts/worker.ts before the runner starts.

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
