import "server-only";
import { getDb } from "../db";
import { databaseKind } from "../db/urls";
import { getEnv } from "../env";
import { caps, currentSecond, decide, liveFigure, mergeFigure, spendFromFigure, windowStart, type BudgetPriority, type RemoteFigure, type Slot } from "./budget-math";

// The budget's rows: one RemoteRateBudget row per client id that every spend locks (PostgreSQL:
// SELECT … FOR UPDATE; SQLite: the adapter's BEGIN IMMEDIATE), and RemoteRateSlot rows counting the
// calls of each second. One short transaction per spend: lock, read the window, drop seconds that
// left it, count the call. On PostgreSQL the clock is the database's, so every instance, whatever
// its own clock says, counts the same seconds.

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["$transaction"]>[0]>[0];
type Locked = { now: number; figure: RemoteFigure | null };

const isPostgres = () => databaseKind(getEnv().DATABASE_URL) === "postgresql";

// The budget's rows are bookkeeping, not data: a commit need not wait for the disk (a crash loses at
// most the last few spends), which keeps the row lock, and so every waiter, short.
const LOCK_PG =
  `SELECT "remoteRemaining" AS "remaining", (extract(epoch FROM "remoteResetAt") * 1000)::float8 AS "resetAt", ` +
  `(extract(epoch FROM clock_timestamp()) * 1000)::float8 AS "now", set_config('synchronous_commit', 'off', true) AS "sync" ` +
  `FROM "RemoteRateBudget" WHERE "clientId" = $1 FOR UPDATE`;

const ts = (n: number) => `(to_timestamp($${n}::float8 / 1000) AT TIME ZONE 'UTC')`;
/**
 * PostgreSQL, after the lock, in one statement (a new statement sees every spend committed before
 * the lock was granted): drop seconds that left the window, read the window, count the call if the
 * window is under the cap (and Remote's figure allows it), count Remote's figure down.
 */
const SPEND_PG =
  `WITH old AS (DELETE FROM "RemoteRateSlot" WHERE "clientId" = $1 AND "second" < ${ts(2)}), ` +
  `win AS (SELECT (extract(epoch FROM "second") * 1000)::float8 AS "second", "count" FROM "RemoteRateSlot" WHERE "clientId" = $1 AND "second" >= ${ts(2)}), ` +
  `ins AS (INSERT INTO "RemoteRateSlot" ("clientId", "second", "count") SELECT $1, ${ts(3)}, 1 ` +
  `WHERE $4::boolean AND (SELECT COALESCE(sum("count"), 0) FROM win) < $5::int ` +
  `ON CONFLICT ("clientId", "second") DO UPDATE SET "count" = "RemoteRateSlot"."count" + 1 RETURNING 1), ` +
  `fig AS (UPDATE "RemoteRateBudget" SET "remoteRemaining" = GREATEST(0, "remoteRemaining" - 1), "updatedAt" = now() ` +
  `WHERE "clientId" = $1 AND $6::boolean AND EXISTS (SELECT 1 FROM ins)) ` +
  `SELECT (SELECT count(*) FROM ins)::int AS "spent", COALESCE((SELECT json_agg(json_build_array("second", "count")) FROM win), '[]'::json) AS "slots"`;

const toFigure = (remaining: number | null | undefined, resetAt: number | null | undefined): RemoteFigure | null =>
  remaining === null || remaining === undefined || resetAt === null || resetAt === undefined ? null : { remaining: Number(remaining), resetAt: Number(resetAt) };

/** Locks the client id's budget row (creating it on first use) and reads Remote's figure and the clock. */
async function lockBudget(tx: Tx, clientId: string): Promise<Locked> {
  if (isPostgres()) {
    type R = { remaining: number | null; resetAt: number | null; now: number };
    let rows = await tx.$queryRawUnsafe<R[]>(LOCK_PG, clientId);
    if (!rows.length) {
      // A concurrent first spend may insert it too: the unique key makes the loser wait, then do nothing.
      await tx.$executeRawUnsafe(`INSERT INTO "RemoteRateBudget" ("clientId", "updatedAt") VALUES ($1, now()) ON CONFLICT ("clientId") DO NOTHING`, clientId);
      rows = await tx.$queryRawUnsafe<R[]>(LOCK_PG, clientId);
    }
    return { now: Number(rows[0].now), figure: toFigure(rows[0].remaining, rows[0].resetAt) };
  }
  // SQLite: the transaction already holds the database's write lock (BEGIN IMMEDIATE).
  const row =
    (await tx.remoteRateBudget.findUnique({ where: { clientId } })) ?? (await tx.remoteRateBudget.create({ data: { clientId } }));
  return { now: Date.now(), figure: toFigure(row.remoteRemaining, row.remoteResetAt?.getTime()) };
}

function saveFigure(tx: Tx, clientId: string, f: RemoteFigure | null) {
  return tx.remoteRateBudget.update({ where: { clientId }, data: { remoteRemaining: f?.remaining ?? null, remoteResetAt: f ? new Date(f.resetAt) : null } });
}

export type SpendAttempt = ({ ok: true; at: number } | { ok: false; waitMs: number }) & { used: number };

/** Spends one call if `priority` may have it now; otherwise says how long to wait. */
export async function trySpend(clientId: string, priority: BudgetPriority, limit: number, windowMs: number): Promise<SpendAttempt> {
  return getDb().$transaction(async (tx) => {
    const { now, figure } = await lockBudget(tx, clientId);
    const start = windowStart(now, windowMs);
    const second = currentSecond(now);
    const figureLive = !!liveFigure(figure, now);
    if (isPostgres()) {
      // Remote's figure is judged here, the window in the statement.
      const remoteAllows = decide({ limit, windowMs, now, slots: [], remote: figure }, priority).ok;
      type R = { spent: number; slots: [number, number][] | string };
      const [r] = await tx.$queryRawUnsafe<R[]>(SPEND_PG, clientId, start, second, remoteAllows, caps(limit)[priority], figureLive);
      const pairs = typeof r.slots === "string" ? (JSON.parse(r.slots) as [number, number][]) : r.slots;
      const slots: Slot[] = pairs.map(([s, count]) => ({ second: Number(s), count: Number(count) }));
      const used = slots.reduce((n, x) => n + x.count, 0);
      if (Number(r.spent) === 1) return { ok: true, at: now, used: used + 1 };
      const verdict = decide({ limit, windowMs, now, slots, remote: figure }, priority);
      return { ok: false, waitMs: verdict.ok ? 1 : verdict.waitMs, used };
    }
    const rows = await tx.remoteRateSlot.findMany({ where: { clientId }, select: { second: true, count: true } });
    const slots: Slot[] = rows.map((r) => ({ second: r.second.getTime(), count: r.count }));
    if (slots.some((x) => x.second < start)) await tx.remoteRateSlot.deleteMany({ where: { clientId, second: { lt: new Date(start) } } });
    const live = slots.filter((x) => x.second >= start);
    const used = live.reduce((n, x) => n + x.count, 0);
    const verdict = decide({ limit, windowMs, now, slots: live, remote: figure }, priority);
    if (!verdict.ok) return { ...verdict, used };
    if (live.some((x) => x.second === second)) {
      await tx.remoteRateSlot.update({ where: { clientId_second: { clientId, second: new Date(second) } }, data: { count: { increment: 1 } } });
    } else {
      await tx.remoteRateSlot.create({ data: { clientId, second: new Date(second), count: 1 } });
    }
    // Counting down Remote's figure keeps it tight between replies (and across processes).
    if (figureLive) await saveFigure(tx, clientId, spendFromFigure(figure, now));
    return { ok: true, at: now, used: used + 1 };
  });
}

const PEEK_PG =
  `SELECT b."remoteRemaining" AS "remaining", (extract(epoch FROM b."remoteResetAt") * 1000)::float8 AS "resetAt", ` +
  `(extract(epoch FROM clock_timestamp()) * 1000)::float8 AS "now", COALESCE((SELECT json_agg(json_build_array((extract(epoch FROM s."second") * 1000)::float8, s."count")) ` +
  `FROM "RemoteRateSlot" s WHERE s."clientId" = $1 AND s."second" >= ${ts(2)}), '[]'::json) AS "slots" FROM "RemoteRateBudget" b WHERE b."clientId" = $1`;

/**
 * Reads, without locking or writing anything, whether `priority` has no room now. A "no room" read
 * is always right: until a second leaves the window, spends only ever add to it and Remote's figure
 * only tightens. So a burst of callers turned away needs no write lock; "room" is settled by trySpend.
 */
export async function peekNoRoom(clientId: string, priority: BudgetPriority, limit: number, windowMs: number): Promise<number | null> {
  const db = getDb();
  let now = Date.now();
  let figure: RemoteFigure | null;
  let slots: Slot[];
  if (isPostgres()) {
    type R = { remaining: number | null; resetAt: number | null; now: number; slots: [number, number][] | string };
    // The window's start is judged on the database's clock; a second early is only more cautious.
    const [r] = await db.$queryRawUnsafe<R[]>(PEEK_PG, clientId, windowStart(now, windowMs) - 1000);
    if (!r) return null;
    now = Number(r.now);
    figure = toFigure(r.remaining, r.resetAt);
    const pairs = typeof r.slots === "string" ? (JSON.parse(r.slots) as [number, number][]) : r.slots;
    slots = pairs.map(([x, count]) => ({ second: Number(x), count: Number(count) }));
  } else {
    const [rows, row] = await Promise.all([
      db.remoteRateSlot.findMany({ where: { clientId, second: { gte: new Date(windowStart(now, windowMs)) } }, select: { second: true, count: true } }),
      db.remoteRateBudget.findUnique({ where: { clientId }, select: { remoteRemaining: true, remoteResetAt: true } }),
    ]);
    figure = toFigure(row?.remoteRemaining, row?.remoteResetAt?.getTime());
    slots = rows.map((r) => ({ second: r.second.getTime(), count: r.count }));
  }
  const verdict = decide({ limit, windowMs, now, slots, remote: figure }, priority);
  return verdict.ok ? null : verdict.waitMs;
}

/**
 * Lays Remote's figure from one reply over the stored one (tighter only). `seen` gets the clock the
 * figure is kept in. Skips the write when the reply adds nothing, which is the usual case: our
 * count-down already runs ahead of Remote's replies.
 */
export async function tighten(clientId: string, seen: (now: number) => RemoteFigure, refused: boolean, limit: number): Promise<void> {
  const db = getDb();
  const quick = await db.remoteRateBudget.findUnique({ where: { clientId }, select: { remoteRemaining: true, remoteResetAt: true } });
  const approx = seen(Date.now());
  const stored = liveFigure(toFigure(quick?.remoteRemaining, quick?.remoteResetAt?.getTime()), Date.now());
  if (!refused) {
    // Our own window admits at most `limit` calls in any minute, so a figure at or above it cannot bind.
    if (!stored && approx.remaining >= limit) return;
    if (stored && approx.remaining >= stored.remaining && Math.abs(approx.resetAt - stored.resetAt) < 1000) return;
  }
  await db.$transaction(async (tx) => {
    const { now, figure } = await lockBudget(tx, clientId);
    const merged = mergeFigure(figure, seen(now), now, refused);
    const live = liveFigure(figure, now);
    if (live && merged.remaining === live.remaining && merged.resetAt === live.resetAt) return;
    await saveFigure(tx, clientId, merged);
  });
}

/** For metrics: calls counted in the current window and Remote's live figure; reads only, no lock. */
export async function budgetSnapshot(clientId: string, windowMs: number): Promise<{ used: number; remote: RemoteFigure | null }> {
  const db = getDb();
  const now = Date.now();
  const [slots, row] = await Promise.all([
    db.remoteRateSlot.aggregate({ where: { clientId, second: { gte: new Date(windowStart(now, windowMs)) } }, _sum: { count: true } }),
    db.remoteRateBudget.findUnique({ where: { clientId }, select: { remoteRemaining: true, remoteResetAt: true } }),
  ]);
  return { used: slots._sum.count ?? 0, remote: liveFigure(toFigure(row?.remoteRemaining, row?.remoteResetAt?.getTime()), now) };
}
