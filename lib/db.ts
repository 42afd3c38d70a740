import "server-only";
import { createDb, type Db } from "./db/client";
import { getEnv } from "./env";

export type { Db } from "./db/client";

const globalForDb = globalThis as unknown as { remoteConnectDb?: Db };

/** The process-wide Prisma client, created on first use. */
export function getDb(): Db {
  globalForDb.remoteConnectDb ??= createDb(getEnv().DATABASE_URL, getEnv().DATABASE_POOL_SIZE);
  return globalForDb.remoteConnectDb;
}
