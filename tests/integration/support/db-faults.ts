import type { Db } from "@/lib/db";
import { databaseKind } from "@/lib/db/urls";

/**
 * Makes the database itself refuse inserts into `table` whose `type` column equals `type`, the way a
 * full disk or a constraint would: a real failure inside a real transaction, not a mock. Returns
 * the function that removes the fault again (call it in `finally`; rows are emptied between tests,
 * triggers are not).
 */
export async function failInserts(db: Db, table: string, type: string): Promise<() => Promise<void>> {
  const name = `test_fail_${table.toLowerCase()}`;
  const quoted = type.replace(/'/g, "''");
  if (databaseKind(process.env.DATABASE_URL!) === "postgresql") {
    await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'forced test failure'; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS ${name} ON "${table}"`);
    await db.$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE INSERT ON "${table}" FOR EACH ROW WHEN (NEW."type" = '${quoted}') EXECUTE FUNCTION ${name}()`);
    return async () => {
      await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS ${name} ON "${table}"`);
      await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS ${name}()`);
    };
  }
  // Inside a transaction so the adapter sends it to the writer: outside one, it routes by the
  // statement's read-only flag, which it caches per SQL text, and "DROP TRIGGER IF EXISTS" of a
  // missing trigger is read-only.
  const ddl = (sql: string) => db.$transaction((tx) => tx.$executeRawUnsafe(sql));
  await ddl(`DROP TRIGGER IF EXISTS ${name}`);
  await ddl(`CREATE TRIGGER ${name} BEFORE INSERT ON "${table}" WHEN NEW."type" = '${quoted}' BEGIN SELECT RAISE(ABORT, 'forced test failure'); END`);
  return async () => {
    await ddl(`DROP TRIGGER IF EXISTS ${name}`);
  };
}
