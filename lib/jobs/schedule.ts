// Pure timing rules of the job runner: no I/O, unit-tested beside this file.

export const TICK_MS = 1000;
/** Longer than any tick and renewed while a run goes on, so only a dead holder loses its lease. */
export const LEASE_MS = 60_000;
export const STOP_GRACE_MS = 10_000;

/** A tick delay with ±20 % jitter, so processes started together do not poll in lock-step. */
export function jittered(baseMs: number, random: () => number = Math.random): number {
  return Math.round(baseMs * (0.8 + 0.4 * random()));
}

/** Renew well before expiry: three chances per lease. */
export function renewEveryMs(leaseMs: number): number {
  return Math.max(10, Math.floor(leaseMs / 3));
}

const NAME = /^[a-z0-9][a-z0-9:._-]{0,99}$/;

export function validateJob(job: { name: string; everyMs: number; leaseMs?: number }): void {
  if (!NAME.test(job.name)) throw new Error(`Job name "${job.name}" must be 1-100 lower-case letters, digits, ':', '.', '_' or '-'`);
  if (!Number.isFinite(job.everyMs) || job.everyMs < 1) throw new Error(`Job "${job.name}": everyMs must be a positive number`);
  if (job.leaseMs !== undefined && (!Number.isFinite(job.leaseMs) || job.leaseMs < 30)) {
    throw new Error(`Job "${job.name}": leaseMs must be at least 30 ms`);
  }
}

/** Text kept in JobLease.lastError: one line, bounded, never a stack. */
export function errorText(e: unknown): string {
  const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return text.replace(/\s+/g, " ").slice(0, 1000);
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** A table or column name for raw SQL; only plain identifiers, quoted. */
export function ident(name: string): string {
  if (!IDENT.test(name)) throw new Error(`Not a plain SQL identifier: ${name}`);
  return `"${name}"`;
}
