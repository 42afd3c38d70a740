// Applies pending migrations to DATABASE_URL (SQLite by default, PostgreSQL for postgresql:// URLs).
import "dotenv/config";
import path from "node:path";
import Database from "better-sqlite3";
import { DEFAULT_SQLITE_URL, ensureSqliteDir, isPostgres, prisma, root } from "./prisma-cli.mjs";

export function migrate(url = process.env.DATABASE_URL || DEFAULT_SQLITE_URL) {
  ensureSqliteDir(url);
  prisma(["migrate", "deploy"], url, { quiet: true });
  if (!isPostgres(url)) {
    // WAL is a property of the file: set once, it lets readers run beside the single writer.
    const db = new Database(path.resolve(root, url.replace(/^file:/, "").split("?")[0]));
    db.pragma("journal_mode = WAL");
    db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_URL || DEFAULT_SQLITE_URL;
  migrate(url);
  console.log(`Database migrated (${isPostgres(url) ? "postgresql" : "sqlite"})`);
}
