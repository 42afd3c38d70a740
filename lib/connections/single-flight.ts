// Cross-process single flight for token refreshes, built on a lease column in the database so it
// works the same on SQLite and PostgreSQL. Exactly one caller (the lease holder) talks to Remote;
// every other caller, in this process or another, waits for the token version to move on. A lease
// that outlives a crashed holder simply expires and the next caller takes it over.
import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import type { Prisma } from "../db/client";
import { TokenServiceError, type TokenServiceErrorCode } from "./errors";

export const PROCESS_OWNER = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/**
 * The where-clause part shared by both token tables: the lease is free or expired, no holder failed
 * since this caller started (it reports that failure instead), and no cool-down is running.
 */
export function leaseIsFree(now: Date, startedAt: Date) {
  return [
    { OR: [{ leaseExpiresAt: null }, { leaseExpiresAt: { lt: now } }] },
    { OR: [{ lastErrorAt: null }, { lastErrorAt: { lt: startedAt } }] },
    { OR: [{ retryNotBefore: null }, { retryNotBefore: { lte: now } }] },
  ];
}

/** The lease and failure columns both token tables share; part of every single-flight read. */
export const leasedSelect = {
  tokenVersion: true,
  leaseOwner: true,
  lastErrorAt: true,
  lastErrorCode: true,
  lastErrorMessage: true,
  retryNotBefore: true,
} as const satisfies Prisma.ConnectionSelect & Prisma.PartnerTokenSelect;

/** The same columns have the same types in both tables. */
export type LeasedRow = Prisma.PartnerTokenGetPayload<{ select: typeof leasedSelect }>;

/** The code a waiting caller reports for the holder's failure. */
function failureCode(row: LeasedRow): TokenServiceErrorCode {
  const code = row.lastErrorCode;
  return code === "rate_limited" || code === "misconfigured" ? code : "temporarily_unavailable";
}

function coolingDown(row: LeasedRow, now = Date.now()): TokenServiceError | null {
  if (!row.retryNotBefore || row.retryNotBefore.getTime() <= now) return null;
  const wait = row.retryNotBefore.getTime() - now;
  return new TokenServiceError(
    failureCode(row),
    row.lastErrorMessage ?? "Remote is temporarily unavailable; try again shortly.",
    wait,
  );
}

export type SingleFlightStore<Row extends LeasedRow, Token> = {
  read(): Promise<Row | null>;
  /**
   * Conditional update: take the lease if it is free or expired, the version is still `version`,
   * no failure was recorded since `startedAt` and no cool-down is running.
   */
  tryAcquire(version: number, owner: string, until: Date, startedAt: Date): Promise<boolean>;
  /** Throws a TokenServiceError when the row can no longer yield tokens (gone, disconnected…). */
  assertUsable(row: Row | null): asserts row is Row;
  /** The stored token when it has enough life left, else null. */
  fresh(row: Row): Token | null;
  /** Throws when no refresh may start now for a reason outside this row (see client-circuit.ts). */
  gate?(): Promise<void>;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Callers in one process share one promise per key: one of them polls or holds the lease, the
// others wait for its answer instead of adding reads.
const inflight = new Map<string, Promise<unknown>>();

type FlightOptions<Row, Token> = {
  force: boolean;
  leaseMs: number;
  /** The row the caller has just read (a cache miss reads it once); read here when absent. */
  row?: Row | null;
  refresh: (version: number, leaseUntil: Date) => Promise<Token>;
};

/**
 * The token for `key` (e.g. `company:<id>`): the stored one when fresh, else one refresh shared by
 * every caller in every process.
 */
export function singleFlight<Row extends LeasedRow, Token>(key: string, store: SingleFlightStore<Row, Token>, opts: FlightOptions<Row, Token>): Promise<Token> {
  const running = inflight.get(key) as Promise<Token> | undefined;
  if (running) return running;
  const p = fly(store, opts).finally(() => inflight.delete(key));
  inflight.set(key, p);
  return p;
}

async function fly<Row extends LeasedRow, Token>(store: SingleFlightStore<Row, Token>, opts: FlightOptions<Row, Token>): Promise<Token> {
  const started = Date.now();
  const deadline = started + opts.leaseMs * 2 + 5_000;
  let row = opts.row !== undefined ? opts.row : await store.read();
  store.assertUsable(row);
  if (!opts.force) {
    const token = store.fresh(row);
    if (token) return token;
  }
  // After a failure, nobody hammers Remote before its reset time (or a short cool-down).
  const cooling = coolingDown(row);
  if (cooling) throw cooling;
  await store.gate?.();
  let version = row.tokenVersion;
  // Only one waiter per process polls (callers in a process share one promise), so a short interval
  // costs a few reads a second while it saves waiters from oversleeping a quick refresh.
  let delay = 10;
  for (;;) {
    const until = new Date(Date.now() + opts.leaseMs);
    if (await store.tryAcquire(version, PROCESS_OWNER, until, new Date(started))) return opts.refresh(version, until);

    row = await store.read();
    store.assertUsable(row);
    if (row.tokenVersion !== version) {
      const token = store.fresh(row);
      if (token) return token;
      version = row.tokenVersion;
      continue;
    }
    // The holder gave up on a temporary failure while we waited: report it instead of piling on.
    if (!row.leaseOwner && row.lastErrorAt && row.lastErrorAt.getTime() >= started) {
      throw (
        coolingDown(row) ??
        new TokenServiceError(
          failureCode(row),
          row.lastErrorMessage ?? "Remote is temporarily unavailable; try again shortly.",
        )
      );
    }
    if (Date.now() > deadline) {
      throw new TokenServiceError("temporarily_unavailable", "Timed out waiting for another process to refresh the token.");
    }
    await sleep(delay * (0.8 + Math.random() * 0.4));
    delay = Math.min(delay * 1.5, 50);
  }
}
