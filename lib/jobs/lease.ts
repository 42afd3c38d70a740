import "server-only";
import { getDb } from "../db";

// The JobLease row of a named job: one conditional UPDATE decides who runs it.

/** Creates the job's row once; every process registering the same name shares it. */
export async function ensureJobRow(name: string): Promise<void> {
  const db = getDb();
  if (await db.jobLease.findUnique({ where: { name }, select: { name: true } })) return;
  try {
    await db.jobLease.create({ data: { name, nextRunAt: new Date() } });
  } catch (e) {
    // Another process created it first: fine.
    if ((e as { code?: string }).code !== "P2002") throw e;
  }
}

/** Takes the lease if the job is due and the lease is free or expired. True for exactly one taker. */
export async function takeLease(name: string, owner: string, leaseMs: number, now = new Date()): Promise<boolean> {
  const r = await getDb().jobLease.updateMany({
    where: { name, nextRunAt: { lte: now }, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
    data: { owner, leaseUntil: new Date(now.getTime() + leaseMs) },
  });
  return r.count === 1;
}

/** False when the lease was lost (it expired and another process took it). */
export async function renewLease(name: string, owner: string, leaseMs: number): Promise<boolean> {
  const r = await getDb().jobLease.updateMany({ where: { name, owner }, data: { leaseUntil: new Date(Date.now() + leaseMs) } });
  return r.count === 1;
}

/** Records the run and frees the lease; a lost lease records nothing (the new holder owns the row). */
export async function finishRun(name: string, owner: string, everyMs: number, error: string | null): Promise<void> {
  const now = new Date();
  await getDb().jobLease.updateMany({
    where: { name, owner },
    data: { owner: null, leaseUntil: null, lastRunAt: now, nextRunAt: new Date(now.getTime() + everyMs), lastError: error },
  });
}

/** Frees leases this process holds without recording a run: the job stays due for the next taker. */
export async function releaseLeases(owner: string): Promise<number> {
  return (await getDb().jobLease.updateMany({ where: { owner }, data: { owner: null, leaseUntil: null } })).count;
}
