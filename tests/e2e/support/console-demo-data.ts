// Demo rows for the console's screenshots and accessibility checks: connections in every status
// and a month of audit history. Written straight into the e2e database and removed afterwards,
// so specs that run later see the database as it was. SQLite and PostgreSQL.
import { createRequire } from "node:module";
import path from "node:path";
import { E2E } from "./ports";

type Sqlite = { prepare: (sql: string) => { run: (...args: unknown[]) => unknown }; close: () => void };
type Exec = { run: (sql: string, args?: unknown[]) => Promise<void>; close: () => Promise<void> };

const root = path.resolve(__dirname, "../../..");
const PREFIX = "demo_";

/** The e2e database (SQLite file or PostgreSQL), with `?` placeholders either way. */
export async function open(): Promise<Exec> {
  const req = createRequire(__filename);
  if (E2E.databaseUrl.startsWith("file:")) {
    const Database = req("better-sqlite3") as new (file: string) => Sqlite;
    const db = new Database(path.resolve(root, E2E.databaseUrl.replace(/^file:/, "").split("?")[0]));
    return { run: async (sql, args = []) => void db.prepare(sql).run(...args), close: async () => db.close() };
  }
  const { Client } = req("pg") as { Client: new (o: { connectionString: string }) => { connect(): Promise<void>; query(q: string, a: unknown[]): Promise<unknown>; end(): Promise<void> } };
  const client = new Client({ connectionString: E2E.databaseUrl });
  await client.connect();
  return {
    run: async (sql, args = []) => {
      let n = 0;
      await client.query(sql.replace(/\?/g, () => `$${++n}`), args);
    },
    close: () => client.end(),
  };
}

// SQLite: Prisma's ISO text format. PostgreSQL: a timestamp literal (UTC, like Prisma writes).
export const iso = (d: Date) => (E2E.databaseUrl.startsWith("file:") ? d.toISOString().replace("Z", "+00:00") : d.toISOString().replace("T", " ").replace("Z", ""));

const COMPANIES: [string, string, string | null][] = [
  ["Blue Harbor Logistics BV", "connected", "crm-1001"],
  ["Cedar & Pine Studio", "connected", "crm-1002"],
  ["Helios Energy SL", "refresh_failing", "crm-1003"],
  ["Kitsune Labs KK", "connected", null],
  ["Lumen Health GmbH", "needs_reconnect", "crm-1005"],
  ["Maple Street Bakery Inc.", "connected", "crm-1006"],
  ["Nordlys Analytics AS", "disconnected", "crm-1007"],
  ["Orchid Retail Pte Ltd", "connected", "crm-1008"],
  ["Pampas Agro SA", "connected", "crm-1009"],
  ["Quokka Games Pty Ltd", "connected", "crm-1010"],
];

export async function seedDemoData(now = new Date()): Promise<void> {
  const db = await open();
  const conn = (...args: unknown[]) =>
    db.run(
      `INSERT INTO "Connection" ("id", "environment", "remoteCompanyId", "companyName", "externalId", "status", "source", "connectedAt", "connectedBy", "lastRefreshAt", "lastErrorCode", "lastErrorMessage", "lastErrorAt", "consecutiveFailures", "createdAt", "updatedAt", "tokenVersion")
       VALUES (?, 'emulator', ?, ?, ?, ?, 'consent', ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) ON CONFLICT ("id") DO NOTHING`,
      args,
    );
  const event = (...args: unknown[]) =>
    db.run(`INSERT INTO "AuditEvent" ("id", "type", "connectionId", "actorType", "actorLabel", "message", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT ("id") DO NOTHING`, args);
  try {
    for (const [i, [name, status, externalId]] of COMPANIES.entries()) {
      const id = `${PREFIX}conn_${i}`;
      const connectedAt = new Date(now.getTime() - (27 - i * 2.7) * 86_400_000);
      const refreshed = status === "disconnected" ? null : new Date(now.getTime() - (i + 1) * 7 * 60_000);
      const failing = status === "refresh_failing" || status === "needs_reconnect";
      await conn(
        id, `${(0x3a9c0000 + i * 0x1f3b7).toString(16)}-4c1e-4a9b-9d1e-5f0c${i}a7b3e21`, name, externalId, status, iso(connectedAt),
        i % 3 === 0 ? "ops@partner.example" : `admin@${name.split(" ")[0].toLowerCase()}.example`,
        refreshed ? iso(refreshed) : null,
        failing ? (status === "needs_reconnect" ? "invalid_grant" : "temporarily_unavailable") : null,
        failing ? (status === "needs_reconnect" ? "Remote rejected the refresh token (consent revoked or expired)." : "Remote is temporarily unavailable (HTTP 503); retrying.") : null,
        failing ? iso(new Date(now.getTime() - 3600_000)) : null, failing ? 3 : 0, iso(connectedAt), iso(now),
      );
      await event(`${PREFIX}ev_c${i}`, "connection.connected", id, "company_admin", "company admin", `${name} connected`, iso(connectedAt));
      if (failing) {
        for (let k = 0; k < 3; k++) {
          await event(`${PREFIX}ev_f${i}_${k}`, "connection.refresh_failed", id, "system", "Remote Connect", "Remote is temporarily unavailable (HTTP 503)", iso(new Date(now.getTime() - (k * 4 + 1) * 86_400_000)));
        }
      }
      if (status === "needs_reconnect") {
        await event(`${PREFIX}ev_n${i}`, "connection.needs_reconnect", id, "system", "Remote Connect", `${name}: Remote rejected the refresh token`, iso(new Date(now.getTime() - 3600_000)));
      }
    }
  } finally {
    await db.close();
  }
}

export async function removeDemoData(): Promise<void> {
  const db = await open();
  try {
    await db.run(`DELETE FROM "AuditEvent" WHERE "id" LIKE '${PREFIX}%'`);
    await db.run(`DELETE FROM "Connection" WHERE "id" LIKE '${PREFIX}%'`);
  } finally {
    await db.close();
  }
}
