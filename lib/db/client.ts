// Creates the Prisma client for a database URL. The generated clients are provider-specific, so
// both are generated (npm run db:generate) and the URL picks one at runtime.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "../generated/prisma-sqlite";
import { PrismaClient as PostgresClient } from "../generated/prisma-postgres";
import { registerSqlite } from "./hot-read";
import { SqliteAdapterFactory } from "./sqlite-adapter";
import { databaseKind } from "./urls";

/** Both clients expose the same models; the SQLite one's types stand for both. */
export type Db = SqliteClient;
export type { Prisma } from "../generated/prisma-sqlite";

export type DbOptions = { poolSize?: number; busyTimeoutMs?: number };

export function createDb(url: string, options: DbOptions = {}): Db {
  const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
  // Prisma's own transaction limits sit above the adapter's: the adapter answers "busy" (503) first,
  // and a transaction that waited for the lock still has its full time to run.
  const transactionOptions = { maxWait: busyTimeoutMs + 2000, timeout: busyTimeoutMs + 10_000 };
  if (databaseKind(url) === "postgresql") {
    const pool = new PrismaPg({ connectionString: url, max: options.poolSize ?? 10, connectionTimeoutMillis: busyTimeoutMs });
    return new PostgresClient({ adapter: pool, errorFormat: "minimal", transactionOptions }) as unknown as Db;
  }
  const factory = new SqliteAdapterFactory(url, { busyTimeoutMs });
  const db = new SqliteClient({ adapter: factory, errorFormat: "minimal", transactionOptions });
  registerSqlite(db, factory);
  return db;
}
