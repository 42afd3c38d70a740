import "server-only";
import { createDb, type Db } from "./db/client";
import { getEnv } from "./env";

export type { Db } from "./db/client";

const globalForDb = globalThis as unknown as { remoteConnectDb?: Db };

/** The process-wide Prisma client, created on first use. */
export function getDb(): Db {
  const env = getEnv();
  globalForDb.remoteConnectDb ??= createDb(env.DATABASE_URL, { poolSize: env.DATABASE_POOL_SIZE, busyTimeoutMs: env.DATABASE_BUSY_TIMEOUT_MS });
  return globalForDb.remoteConnectDb;
}
