import "server-only";
import { getDb } from "../db";
import { ensureJobRow } from "./lease";

// What a job's own code and the console may read or ask of a job's JobLease row, so that nothing
// outside lib/jobs writes lease rows (architecture: only lib/jobs leases job rows).

export type JobRecord = {
  /** The process running it now, if its lease is live. */
  runningIn: string | null;
  lastRunAt: Date | null;
  nextRunAt: Date | null;
  lastError: string | null;
  /** What the job last reported with recordJobSummary (JSON text). */
  lastSummary: string | null;
};

export async function readJobRecord(name: string, now = new Date()): Promise<JobRecord | null> {
  const row = await getDb().jobLease.findUnique({ where: { name } });
  if (!row) return null;
  const running = !!row.owner && !!row.leaseUntil && row.leaseUntil > now;
  return { runningIn: running ? row.owner : null, lastRunAt: row.lastRunAt, nextRunAt: row.nextRunAt, lastError: row.lastError, lastSummary: row.lastSummary };
}

/** Stores a run's summary for the console, only while `owner` still holds the job (a lost lease writes nothing). */
export async function recordJobSummary(name: string, owner: string, summary: unknown): Promise<void> {
  await getDb().jobLease.updateMany({ where: { name, owner }, data: { lastSummary: JSON.stringify(summary) } });
}

/** Makes the job due now; whichever process's runner ticks next runs it. */
export async function requestJobRun(name: string, now = new Date()): Promise<void> {
  await ensureJobRow(name);
  await getDb().jobLease.updateMany({ where: { name }, data: { nextRunAt: now } });
}
