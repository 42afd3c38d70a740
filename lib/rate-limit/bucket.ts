import "server-only";
import type { Db } from "../db/client";

export type RateLimitRule = { limit: number; windowMs: number };
export type RateLimitResult = { allowed: boolean; count: number; resetAt: Date };

/**
 * Fixed-window counter in the database (table RateLimitBucket), so every app process shares it.
 * Each call consumes one unit atomically; `allowed` is false once the window holds more than `limit`.
 */
export async function consume(db: Db, key: string, rule: RateLimitRule, now = new Date()): Promise<RateLimitResult> {
  return add(db, key, rule, 1, now);
}

export type LeaseResult = { granted: number; count: number; resetAt: Date };

/**
 * Takes up to `units` units of the window at once (one atomic statement, like consume): `granted` is
 * how many of them are still within `limit` (the rest of the block is past it and simply lost).
 * For callers that serve the granted units from memory instead of writing once per request.
 */
export async function lease(db: Db, key: string, rule: RateLimitRule, units: number, now = new Date()): Promise<LeaseResult> {
  const r = await add(db, key, rule, units, now);
  // The window held count - units before this block; units above the limit are not granted.
  return { granted: Math.max(0, Math.min(units, rule.limit - (r.count - units))), count: r.count, resetAt: r.resetAt };
}

async function add(db: Db, key: string, rule: RateLimitRule, units: number, now: Date): Promise<RateLimitResult> {
  // UPDATE … RETURNING makes "add one and read the new count" a single atomic statement
  // (SQLite ≥ 3.35 and PostgreSQL alike); a separate read could see other callers' increments.
  const result = (rows: { count: number | bigint; resetAt: Date | string }[]): RateLimitResult | null => {
    if (!rows.length) return null;
    const count = Number(rows[0].count);
    return { allowed: count <= rule.limit, count, resetAt: new Date(rows[0].resetAt) };
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    // 1. Live window: one atomic increment.
    const bumped = result(
      await db.$queryRaw<{ count: number; resetAt: Date }[]>`
        UPDATE "RateLimitBucket" SET "count" = "count" + ${units} WHERE "key" = ${key} AND "resetAt" > ${now} RETURNING "count", "resetAt"`,
    );
    if (bumped) return bumped;
    const resetAt = new Date(now.getTime() + rule.windowMs);
    // 2. Expired window: restart it (only one caller wins the conditional update).
    const restarted = result(
      await db.$queryRaw<{ count: number; resetAt: Date }[]>`
        UPDATE "RateLimitBucket" SET "count" = ${units}, "resetAt" = ${resetAt} WHERE "key" = ${key} AND "resetAt" <= ${now} RETURNING "count", "resetAt"`,
    );
    if (restarted) return restarted;
    // 3. No bucket yet: create it; a unique-key conflict means another caller just did, so loop.
    try {
      await db.rateLimitBucket.create({ data: { key, count: units, resetAt } });
      return { allowed: units <= rule.limit, count: units, resetAt };
    } catch (e) {
      // Lost the race (unique key): retry from step 1. Anything else (a database that is down) is
      // the caller's to classify.
      if ((e as { code?: string }).code !== "P2002") throw e;
    }
  }
  throw new Error("rate limiter could not record the attempt");
}

/** Seconds until the window of `result` ends (at least 1), for a Retry-After header. */
export function retryAfterSeconds(result: { resetAt: Date }, now = Date.now()): number {
  return Math.max(1, Math.ceil((result.resetAt.getTime() - now) / 1000));
}

/** Gives back one unit (e.g. after a successful sign-in, so only failures count). */
export async function refund(db: Db, key: string): Promise<void> {
  await db.rateLimitBucket.updateMany({ where: { key, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}

/** Prunes windows that ended long ago; cheap, called opportunistically. */
export async function pruneExpired(db: Db, now = new Date()): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { resetAt: { lt: new Date(now.getTime() - 24 * 3600_000) } } });
}
