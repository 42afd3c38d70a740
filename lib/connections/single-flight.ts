// Cross-process single flight for token refreshes, built on a lease column in the database so it
// works the same on SQLite and PostgreSQL. Exactly one caller (the lease holder) talks to Remote;
// every other caller, in this process or another, waits for the token version to move on. A lease
// that outlives a crashed holder simply expires and the next caller takes it over.
import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import { TokenServiceError, type TokenServiceErrorCode } from "./errors";

export const PROCESS_OWNER = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

export type LeasedRow = {
  tokenVersion: number;
  leaseOwner: string | null;
  lastErrorAt: Date | null;
  lastErrorCode: string | null;
  lastErrorMessage: string | null;
  retryNotBefore: Date | null;
};

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
} as const;

/** How long nobody calls Remote after a temporary failure without a reset hint of its own. */
export const UNAVAILABLE_COOL_DOWN_MS = 2_000;

/** The code a waiting caller reports for the holder's failure. */
function failureCode(row: LeasedRow): TokenServiceErrorCode {
  const code = row.lastErrorCode;
  return code === "rate_limited" || code === "misconfigured" ? code : "temporarily_unavailable";
}

export function coolingDown(row: LeasedRow, now = Date.now()): TokenServiceError | null {
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
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function singleFlight<Row extends LeasedRow, Token>(
  store: SingleFlightStore<Row, Token>,
  opts: { force: boolean; leaseMs: number; refresh: (version: number, leaseUntil: Date) => Promise<Token> },
): Promise<Token> {
  const started = Date.now();
  const deadline = started + opts.leaseMs * 2 + 5_000;
  let row = await store.read();
  store.assertUsable(row);
  if (!opts.force) {
    const token = store.fresh(row);
    if (token) return token;
  }
  // After a failure, nobody hammers Remote before its reset time (or a short cool-down).
  const cooling = coolingDown(row);
  if (cooling) throw cooling;
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
