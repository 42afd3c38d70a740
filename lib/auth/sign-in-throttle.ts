import "server-only";
import type { Db } from "../db/client";

/**
 * Progressive delay for one e-mail from one place (a client address, or a browser that signed in
 * to that account before; see sign-in-device.ts). A RateLimitBucket row per pair: `count` is the
 * failures in a row, `resetAt` the time of the latest attempt. Nobody else is slowed down: the
 * real user, signing in from elsewhere, has a streak of their own.
 */
export const THROTTLE = {
  /** Failures allowed back to back before waits begin (typos happen). */
  freeFailures: 5,
  baseDelayMs: 1000,
  maxDelayMs: 15 * 60_000,
  /**
   * With TRUSTED_PROXY_HOPS=0 every client without a device cookie shares one streak per e-mail,
   * so the wait is kept short: an attacker can then slow a newcomer down, never lock them out.
   */
  maxDelayUnknownPlaceMs: 30_000,
  /** A streak untouched for a day is forgotten (and pruned with the other old buckets). */
  forgetAfterMs: 24 * 3600_000,
};

export function throttleDelayMs(failures: number, placeKnown: boolean): number {
  if (failures < THROTTLE.freeFailures) return 0;
  const cap = placeKnown ? THROTTLE.maxDelayMs : THROTTLE.maxDelayUnknownPlaceMs;
  return Math.min(cap, THROTTLE.baseDelayMs * 2 ** Math.min(30, failures - THROTTLE.freeFailures));
}

export type ThrottleClaim = { ok: true; count: number } | { ok: false; retryAfterMs: number };

/** How long this place must still wait (0 = may try now), read only. */
export async function throttleWaitMs(db: Db, key: string, placeKnown: boolean, now = new Date()): Promise<number> {
  const row = await db.rateLimitBucket.findUnique({ where: { key } });
  if (!row || row.resetAt.getTime() < now.getTime() - THROTTLE.forgetAfterMs) return 0;
  return Math.max(0, row.resetAt.getTime() + throttleDelayMs(row.count, placeKnown) - now.getTime());
}

/**
 * Takes the right to one attempt, counting it as a failure until `clear` says otherwise. A
 * compare-and-set on the count: of concurrent attempts only one moves the streak at a time, so a
 * burst cannot slip more than the free failures past the delay.
 */
export async function claimAttempt(db: Db, key: string, placeKnown: boolean, now = new Date()): Promise<ThrottleClaim> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const row = await db.rateLimitBucket.findUnique({ where: { key } });
    if (!row) {
      try {
        await db.rateLimitBucket.create({ data: { key, count: 1, resetAt: now } });
        return { ok: true, count: 1 };
      } catch (e) {
        if ((e as { code?: string }).code !== "P2002") throw e;
        continue; // another attempt created it first
      }
    }
    const stale = row.resetAt.getTime() < now.getTime() - THROTTLE.forgetAfterMs;
    const failures = stale ? 0 : row.count;
    const wait = stale ? 0 : row.resetAt.getTime() + throttleDelayMs(failures, placeKnown) - now.getTime();
    if (wait > 0) return { ok: false, retryAfterMs: wait };
    const moved = await db.rateLimitBucket.updateMany({ where: { key, count: row.count }, data: { count: failures + 1, resetAt: now } });
    if (moved.count === 1) return { ok: true, count: failures + 1 };
  }
  // Constant contention on one pair is itself a burst: treat it as one.
  return { ok: false, retryAfterMs: THROTTLE.baseDelayMs };
}

/** Gives a claimed attempt back (it was refused before the password was checked). */
export async function releaseAttempt(db: Db, key: string, count: number): Promise<void> {
  await db.rateLimitBucket.updateMany({ where: { key, count }, data: { count: count - 1 } });
}

/** A successful sign-in ends the streak. */
export async function clearStreak(db: Db, key: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}
