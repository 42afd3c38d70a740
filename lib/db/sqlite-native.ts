// The few better-sqlite3 calls the SQLite adapter makes on the connections it borrows from
// @prisma/adapter-better-sqlite3. Shared by the app, scripts and tests: no server-only import here.

export type NativeStatement = {
  readonly: boolean;
  run(...args: unknown[]): unknown;
  all(...args: unknown[]): unknown[];
  safeIntegers(on?: boolean): NativeStatement;
};
export type NativeDatabase = {
  prepare(sql: string): NativeStatement;
  pragma(source: string, options?: { simple?: boolean }): unknown;
  readonly inTransaction: boolean;
};

const CACHE_LIMIT = 2000;
const QUERY = /^\s*(select|with|values)\b/i;

/**
 * Returns a function telling whether a statement only reads. SQLite itself decides (a prepared
 * statement's `readonly`), so `INSERT … RETURNING` through queryRaw or a CTE that writes is never
 * taken for a read. Prisma's statement texts repeat, so the answer is cached per text.
 */
export function classifyStatements(db: NativeDatabase): (sql: string) => boolean {
  const cache = new Map<string, boolean>();
  return (sql) => {
    let readOnly = cache.get(sql);
    if (readOnly === undefined) {
      try {
        readOnly = db.prepare(sql).readonly;
      } catch {
        // Unpreparable here (e.g. a table that doesn't exist yet): let the writer run it and report.
        return false;
      }
      // Only a query's verdict is stable. A schema statement's depends on the schema: `DROP TRIGGER
      // IF EXISTS x` only reads while x is missing, so a cached "reads" would later send it to the
      // query-only connection. "Writes" is always safe to cache (the writer can read too).
      if (!readOnly || QUERY.test(sql)) {
        if (cache.size >= CACHE_LIMIT) cache.clear();
        cache.set(sql, readOnly);
      }
    }
    return readOnly;
  };
}
