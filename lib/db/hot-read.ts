// Reads on the partner API's hot path (the API key check and the token cache hit) bypass the Prisma
// client: each Prisma call serializes the query, compiles it in WASM and runs it through an
// interpreter with a dozen promises, which made a cached token cost 3× Next.js's own request
// handling (see the README's benchmarks). On SQLite this runs a cached prepared statement on the
// adapter's query-only connection; on PostgreSQL it is one raw query through the same pool.
// Only for single-table reads by an indexed key; everything else goes through Prisma.
import type { Db } from "./client";
import { retryBusy, type SqliteAdapterFactory } from "./sqlite-adapter";
import type { NativeStatement } from "./sqlite-native";

type Shape = { dates?: readonly string[] };

// On the client object itself, under a registry symbol: the process-wide client outlives module
// instances (Next bundles lib/ once per server layer; tests reset modules), a module-level map would not.
const SQLITE_FACTORY = Symbol.for("remote-connect.sqlite-adapter-factory");
type Tagged = { [SQLITE_FACTORY]?: SqliteAdapterFactory };

/** Called by createDb for SQLite clients. */
export function registerSqlite(db: object, factory: SqliteAdapterFactory) {
  Object.defineProperty(db, SQLITE_FACTORY, { value: factory, enumerable: false });
}

const statements = new WeakMap<object, Map<string, NativeStatement>>();

/**
 * Rows of `sql` (placeholders `?`, identifiers double-quoted so the text is valid on both
 * databases). Columns named in `dates` come back as Date; integers as numbers.
 */
export async function hotRead<T>(db: Db, sql: string, params: unknown[], shape: Shape = {}): Promise<T[]> {
  const factory = (db as unknown as Tagged)[SQLITE_FACTORY];
  if (!factory) {
    let n = 0;
    return db.$queryRawUnsafe<T[]>(sql.replace(/\?/g, () => `$${++n}`), ...params);
  }
  let reader = factory.reader;
  if (!reader) {
    await db.$connect();
    reader = factory.reader!;
  }
  let cache = statements.get(reader);
  if (!cache) statements.set(reader, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) cache.set(sql, (stmt = reader.prepare(sql).safeIntegers(false)));
  const prepared = stmt;
  const rows = (await retryBusy(() => prepared.all(...params), Date.now() + factory.busyTimeoutMs)) as Record<string, unknown>[];
  // Prisma stores SQLite DateTime as ISO-8601 text.
  for (const row of rows) for (const col of shape.dates ?? []) if (row[col] != null) row[col] = new Date(row[col] as string);
  return rows as T[];
}
