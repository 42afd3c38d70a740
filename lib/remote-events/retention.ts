import "server-only";
import { getDb } from "../db";

const DAY_MS = 24 * 3600_000;
/** Remote's retries and replays of one delivery are dropped for this long (the 7 days). */
export const DEDUPE_WINDOW_MS = 7 * DAY_MS;
/**
 * Received deliveries are kept this long for the console and for questions ("did Remote send it?"),
 * then removed: at hundreds of companies they would otherwise grow without bound. The forwarded
 * outbox event is not touched.
 */
export const KEEP_RECEIVED_MS = 90 * DAY_MS;
const BATCH = 1000;

/**
 * Forgets body digests older than the dedupe window (a later identical body is then a new event) and
 * deletes received deliveries past retention, in batches so no transaction holds the table for long.
 */
export async function pruneRemoteEvents(now = new Date()): Promise<{ digestsCleared: number; deleted: number }> {
  const db = getDb();
  const dedupeBefore = new Date(now.getTime() - DEDUPE_WINDOW_MS);
  const keepBefore = new Date(now.getTime() - KEEP_RECEIVED_MS);
  let digestsCleared = 0;
  let deleted = 0;
  for (;;) {
    const ids = (await db.remoteEvent.findMany({ where: { receivedAt: { lt: dedupeBefore }, bodyDigest: { not: null } }, select: { id: true }, take: BATCH })).map((r) => r.id);
    if (!ids.length) break;
    digestsCleared += (await db.remoteEvent.updateMany({ where: { id: { in: ids } }, data: { bodyDigest: null } })).count;
  }
  for (;;) {
    const ids = (await db.remoteEvent.findMany({ where: { receivedAt: { lt: keepBefore } }, select: { id: true }, take: BATCH })).map((r) => r.id);
    if (!ids.length) break;
    deleted += (await db.remoteEvent.deleteMany({ where: { id: { in: ids } } })).count;
  }
  return { digestsCleared, deleted };
}
