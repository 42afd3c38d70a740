import "server-only";
import { recordJobSummary, registerJob } from "../jobs";
import { runHealthSweep } from "./health-monitor";
import { HEALTH_JOB, HEALTH_JOB_EVERY_MS, type SweepSummary } from "./health-schedule";

// Registers the health monitor's sweep with the job runner. Imported by instrumentation.ts and
// scripts/worker.ts before the runner starts.

/** Stored for the console; only while this process still holds the job (a lost lease writes nothing). */
const storeSummary = (owner: string, summary: SweepSummary) => recordJobSummary(HEALTH_JOB, owner, summary);

registerJob({
  name: HEALTH_JOB,
  everyMs: HEALTH_JOB_EVERY_MS,
  async run({ signal, owner }) {
    const summary = await runHealthSweep({ signal, onProgress: (s) => storeSummary(owner, s) });
    await storeSummary(owner, summary);
  },
});
