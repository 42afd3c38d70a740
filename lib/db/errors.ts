// Shared by the app and scripts: no server-only import here.

/**
 * The database could not take the statement in the time allowed: SQLite's write lock stayed held by
 * another process past DATABASE_BUSY_TIMEOUT_MS, or PostgreSQL is restarting / out of pool slots.
 * Nothing was written; the caller may retry. Routes map it to 503 with Retry-After.
 */
export class DatabaseBusyError extends Error {
  readonly retryAfterMs: number;
  constructor(message = "The database is busy; try again in a moment.", retryAfterMs = 1000) {
    super(message);
    this.name = "DatabaseBusyError";
    this.retryAfterMs = retryAfterMs;
  }
}

// Prisma codes for "could not reach / talk to the database right now" (not a bad query):
// P1001 can't reach server, P1002 timed out, P1008 operation timed out (SQLITE_BUSY maps here),
// P1017 server closed the connection, P2024 pool timeout, P2028 transaction could not start in time.
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);
// Node / pg / SQLite codes seen while the server restarts or the file is locked.
const UNAVAILABLE_DRIVER_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now (starting up)
  "08000",
  "08003",
  "08006",
  "SQLITE_BUSY",
  "SQLITE_BUSY_SNAPSHOT",
  "SQLITE_BUSY_RECOVERY",
  "SQLITE_LOCKED",
]);
const UNAVAILABLE_MESSAGES = /Server has closed the connection|Connection terminated|terminating connection|the database system is (starting up|shutting down)|Can't reach database server|Timed out fetching a new connection|Unable to start a transaction in the given time|database is locked|Connection ended unexpectedly/i;

/** True when an error means "the database is temporarily unavailable", as opposed to a bug. */
export function isDatabaseUnavailable(e: unknown): boolean {
  for (let err: unknown = e, depth = 0; err && depth < 5; depth++) {
    // By name too: Next bundles this module once per server layer, while the Prisma client (whose
    // adapter throws it) is shared by the process, so instanceof can miss a real one.
    if (err instanceof DatabaseBusyError || (err as Error).name === "DatabaseBusyError") return true;
    const x = err as { code?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: string; kind?: string } } } };
    if (typeof x.code === "string" && (UNAVAILABLE_PRISMA_CODES.has(x.code) || UNAVAILABLE_DRIVER_CODES.has(x.code))) return true;
    const cause = x.meta?.driverAdapterError?.cause;
    if (cause && ((cause.originalCode && UNAVAILABLE_DRIVER_CODES.has(cause.originalCode)) || cause.kind === "SocketTimeout")) return true;
    if (typeof x.message === "string" && UNAVAILABLE_MESSAGES.test(x.message)) return true;
    err = x.cause;
  }
  return false;
}

/**
 * Runs a write that must not be lost to a brief outage (a token Remote has just issued: Remote may
 * have rotated the refresh token, so the new one exists only in memory) again while the database is
 * unavailable, until the deadline.
 */
export async function retryWhileUnavailable<T>(fn: () => Promise<T>, deadline: number): Promise<T> {
  for (let wait = 100; ; wait = Math.min(wait * 2, 1000)) {
    try {
      return await fn();
    } catch (e) {
      if (!isDatabaseUnavailable(e) || Date.now() + wait > deadline) throw e;
      await new Promise((r) => setTimeout(r, wait));
    }
  }
}
