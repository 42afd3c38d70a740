// Reads what the checks compare against, straight from the database (read-only for SQLite), so an
// acknowledged write is verified where it must live and not only through the app that acknowledged it.
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { root } from "../lib/proc.mjs";

const QUERIES = {
  connections: `SELECT id, "remoteCompanyId", status, "externalId", source FROM "Connection"`,
  links: `SELECT id, "externalId", "usedAt", "connectionId" FROM "ConnectLink"`,
  keys: `SELECT "keyHash", "revokedAt" FROM "ApiKey"`,
  creations: `SELECT "idempotencyKey", status, "remoteCompanyId", "connectionId" FROM "CompanyCreation"`,
  needsReconnectEvents: `SELECT "connectionId", "createdAt" FROM "AuditEvent" WHERE type = 'connection.needs_reconnect'`,
};

export async function readDatabase(db) {
  const out = {};
  if (db.kind === "sqlite") {
    const conn = new Database(path.resolve(root, db.file), { readonly: true, fileMustExist: true });
    try {
      for (const [k, sql] of Object.entries(QUERIES)) out[k] = conn.prepare(sql).all();
    } finally {
      conn.close();
    }
    return out;
  }
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    for (const [k, sql] of Object.entries(QUERIES)) out[k] = (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
  return out;
}
