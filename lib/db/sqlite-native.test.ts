import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { classifyStatements, type NativeDatabase } from "./sqlite-native";

// The driver Prisma's SQLite adapter ships (no type package installed for it).
const Database = createRequire(import.meta.url)("better-sqlite3") as new (file: string) => NativeDatabase & { exec(sql: string): void };

describe("classifyStatements", () => {
  it("tells reads from writes, as SQLite itself decides", () => {
    const db = new Database(":memory:");
    db.exec('CREATE TABLE "T" ("a" INTEGER)');
    const isReadOnly = classifyStatements(db);
    expect(isReadOnly('SELECT "a" FROM "T"')).toBe(true);
    expect(isReadOnly('INSERT INTO "T" ("a") VALUES (1) RETURNING "a"')).toBe(false);
    expect(isReadOnly('WITH x AS (SELECT 1) SELECT * FROM x')).toBe(true);
  });

  it("does not remember 'reads' for a schema statement whose verdict changes with the schema", () => {
    const db = new Database(":memory:");
    db.exec('CREATE TABLE "T" ("a" INTEGER)');
    const isReadOnly = classifyStatements(db);
    const drop = "DROP TRIGGER IF EXISTS t_guard";
    expect(isReadOnly(drop)).toBe(true); // nothing to drop yet: SQLite calls it a read
    db.exec('CREATE TRIGGER t_guard AFTER INSERT ON "T" BEGIN SELECT 1; END');
    expect(isReadOnly(drop)).toBe(false); // now it writes and must go to the writer
  });
});
