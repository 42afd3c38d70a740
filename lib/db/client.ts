// Creates the Prisma client for a database URL. The generated clients are provider-specific, so
// both are generated (npm run db:generate) and the URL picks one at runtime.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "../generated/prisma-sqlite";
import { PrismaClient as PostgresClient } from "../generated/prisma-postgres";
import { databaseKind } from "./urls";

/** Both clients expose the same models; the SQLite one's types stand for both. */
export type Db = SqliteClient;
export type { Prisma } from "../generated/prisma-sqlite";

export function createDb(url: string, poolSize = 10): Db {
  if (databaseKind(url) === "postgresql") {
    const pool = new PrismaPg({ connectionString: url, max: poolSize });
    return new PostgresClient({ adapter: pool, errorFormat: "minimal" }) as unknown as Db;
  }
  // WAL lets app processes read while one writes; busy_timeout makes concurrent writers queue
  // instead of failing with SQLITE_BUSY.
  return new SqliteClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 5000 }), errorFormat: "minimal" });
}
