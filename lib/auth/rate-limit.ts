import "server-only";
import type { Db } from "../db/client";

export type RateLimitRule = { limit: number; windowMs: number };
export type RateLimitResult = { allowed: boolean; count: number; resetAt: Date };

/**
 * Fixed-window counter in the database (table RateLimitBucket), so every app process shares it.
 * Each call consumes one unit atomically; `allowed` is false once the window holds more than `limit`.
 */
export async function consume(db: Db, key: string, rule: RateLimitRule, now = new Date()): Promise<RateLimitResult> {
  for (let attempt = 0; attempt < 5; attempt++) {
    // 1. Live window: one atomic increment.
    const bumped = await db.rateLimitBucket.updateMany({
      where: { key, resetAt: { gt: now } },
      data: { count: { increment: 1 } },
    });
    if (bumped.count === 1) {
      const row = await db.rateLimitBucket.findUnique({ where: { key } });
      if (row) return { allowed: row.count <= rule.limit, count: row.count, resetAt: row.resetAt };
      continue;
    }
    const resetAt = new Date(now.getTime() + rule.windowMs);
    // 2. Expired window: restart it (only one process wins the conditional update).
    const restarted = await db.rateLimitBucket.updateMany({ where: { key, resetAt: { lte: now } }, data: { count: 1, resetAt } });
    if (restarted.count === 1) return { allowed: 1 <= rule.limit, count: 1, resetAt };
    // 3. No bucket yet: create it; a unique-key conflict means another process just did, so loop.
    try {
      await db.rateLimitBucket.create({ data: { key, count: 1, resetAt } });
      return { allowed: 1 <= rule.limit, count: 1, resetAt };
    } catch {
      // lost the race; retry from step 1
    }
  }
  throw new Error("rate limiter could not record the attempt");
}

/** Gives back one unit (e.g. after a successful sign-in, so only failures count). */
export async function refund(db: Db, key: string): Promise<void> {
  await db.rateLimitBucket.updateMany({ where: { key, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}

/** Prunes windows that ended long ago; cheap, called opportunistically. */
export async function pruneExpired(db: Db, now = new Date()): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { resetAt: { lt: new Date(now.getTime() - 24 * 3600_000) } } });
}
