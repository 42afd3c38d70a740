import "server-only";
import type { Db } from "../db/client";
import { consume } from "./bucket";

// Counters never expire on their own: they are emptied by the summary that reports them.
const FOREVER = { limit: Number.MAX_SAFE_INTEGER, windowMs: 100 * 365 * 24 * 3600_000 };

export type Summary = { total: number; byReason: Record<string, number>; since: Date | null };

/**
 * Counts one uninteresting event (a junk callback, a refused sign-in) instead of auditing it, and
 * at most once per `intervalMs` across all processes hands the counts gathered since the previous
 * summary to `write`. Counters and the once-a-minute gate are RateLimitBucket rows, so every
 * process shares them; whoever restarts the gate's window is the one writer.
 */
export async function countForSummary(
  db: Db,
  name: string,
  reason: string,
  intervalMs: number,
  write: (summary: Summary) => Promise<void>,
  now = new Date(),
): Promise<void> {
  const prefix = `summary:${name}:n:`;
  await consume(db, prefix + reason, FOREVER, now);
  const gateKey = `summary:${name}:gate`;
  // A read first: within the interval (the usual case under a flood) nobody writes to the gate.
  const gate = await db.rateLimitBucket.findUnique({ where: { key: gateKey } });
  if (gate && gate.resetAt > now) return;
  const won = await consume(db, gateKey, { limit: 1, windowMs: intervalMs }, now);
  if (!won.allowed) return;

  const byReason: Record<string, number> = {};
  let total = 0;
  for (const counter of await db.rateLimitBucket.findMany({ where: { key: { startsWith: prefix } } })) {
    if (counter.count <= 0) continue;
    // Subtract what was read rather than zeroing: increments that land meanwhile stay for next time.
    await db.rateLimitBucket.updateMany({ where: { key: counter.key }, data: { count: { decrement: counter.count } } });
    byReason[counter.key.slice(prefix.length)] = counter.count;
    total += counter.count;
  }
  if (total > 0) await write({ total, byReason, since: gate ? new Date(gate.resetAt.getTime() - intervalMs) : null });
}
