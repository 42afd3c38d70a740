import "server-only";
import { getDb, type Db } from "../db";
import { databaseKind } from "../db/urls";
import { getEnv } from "../env";
import { ident } from "./schedule";

/**
 * A work queue table: rows with an `id`, a due-time column and the claim columns
 * `claimedBy` / `claimedUntil` (WebhookDelivery is the first one).
 */
export type ClaimOptions = {
  /** The Prisma model name, which is also the table name, e.g. "WebhookDelivery". */
  table: string;
  /** Column holding when a row becomes due; rows with a later value are not claimed. */
  dueColumn: string;
  /** Extra equality filters, e.g. { status: "pending" }. */
  match?: Record<string, string | number | boolean>;
  owner: string;
  leaseMs: number;
  limit: number;
  now?: Date;
};

type Delegate = {
  findMany(args: object): Promise<Record<string, unknown>[]>;
  updateMany(args: object): Promise<{ count: number }>;
};

const usedTables = new Set<string>();

function delegate(db: Db | Parameters<Parameters<Db["$transaction"]>[0]>[0], table: string): Delegate {
  const d = (db as unknown as Record<string, Delegate | undefined>)[table[0].toLowerCase() + table.slice(1)];
  if (!d?.findMany) throw new Error(`No Prisma model for table ${table}`);
  return d;
}

const free = (now: Date) => ({ OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }] });

/**
 * Claims up to `limit` due rows for `owner` until now + leaseMs and returns them, oldest due first.
 * A row is claimed by exactly one caller across processes; an expired claim (its holder died) is
 * claimable again. The caller clears `claimedBy`/`claimedUntil` when it is done with a row.
 */
export async function claimRows<T = Record<string, unknown>>(opts: ClaimOptions): Promise<T[]> {
  const now = opts.now ?? new Date();
  const until = new Date(now.getTime() + opts.leaseMs);
  const match = opts.match ?? {};
  const table = ident(opts.table);
  const due = ident(opts.dueColumn);
  usedTables.add(opts.table);
  const db = getDb();
  let ids: string[];
  if (databaseKind(getEnv().DATABASE_URL) === "postgresql") {
    // SKIP LOCKED: concurrent claimers take disjoint rows instead of queueing behind each other.
    const filters = Object.keys(match).map((c, i) => `${ident(c)} = $${i + 5}`);
    const ts = (n: number) => `($${n}::timestamptz AT TIME ZONE 'UTC')`;
    const sql =
      `UPDATE ${table} SET "claimedBy" = $1, "claimedUntil" = ${ts(2)} WHERE "id" IN (` +
      `SELECT "id" FROM ${table} WHERE ${[...filters, `${due} <= ${ts(3)}`, `("claimedUntil" IS NULL OR "claimedUntil" < ${ts(3)})`].join(" AND ")} ` +
      `ORDER BY ${due} LIMIT $4 FOR UPDATE SKIP LOCKED) RETURNING "id"`;
    const rows = await db.$queryRawUnsafe<{ id: string }[]>(sql, opts.owner, until.toISOString(), now.toISOString(), opts.limit, ...Object.values(match));
    ids = rows.map((r) => r.id);
  } else {
    // SQLite: BEGIN IMMEDIATE serialises writers across processes, so select-then-update is atomic.
    ids = await db.$transaction(async (tx) => {
      const d = delegate(tx, opts.table);
      const rows = await d.findMany({ where: { ...match, [opts.dueColumn]: { lte: now }, ...free(now) }, orderBy: { [opts.dueColumn]: "asc" }, take: opts.limit, select: { id: true } });
      const found = rows.map((r) => r.id as string);
      if (found.length) await d.updateMany({ where: { id: { in: found } }, data: { claimedBy: opts.owner, claimedUntil: until } });
      return found;
    });
  }
  if (!ids.length) return [];
  const rows = await delegate(db, opts.table).findMany({ where: { id: { in: ids }, claimedBy: opts.owner }, orderBy: { [opts.dueColumn]: "asc" } });
  return rows as T[];
}

/** Extends this owner's claim on rows it still works on (a long delivery outliving its lease). */
export async function renewClaims(table: string, owner: string, ids: string[], leaseMs: number): Promise<number> {
  const r = await delegate(getDb(), table).updateMany({ where: { id: { in: ids }, claimedBy: owner }, data: { claimedUntil: new Date(Date.now() + leaseMs) } });
  return r.count;
}

/** Frees every row `owner` holds, in the given tables or every table this process claimed from. */
export async function releaseClaims(owner: string, tables: Iterable<string> = usedTables): Promise<number> {
  let count = 0;
  for (const t of [...tables]) {
    count += (await delegate(getDb(), t).updateMany({ where: { claimedBy: owner }, data: { claimedBy: null, claimedUntil: null } })).count;
  }
  return count;
}
