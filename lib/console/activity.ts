import "server-only";
import { getDb } from "../db";
import { Prisma } from "../generated/prisma-sqlite";
import { databaseKind } from "../db/urls";
import { getEnv } from "../env";

export type ActivityPoint = { day: string; connected: number; failures: number };

const CONNECTED = ["connection.connected", "connection.reconnected"];
const FAILURES = ["connection.refresh_failed", "connection.needs_reconnect"];

/**
 * Connections made and refresh failures per UTC day over the last `days` days, from the audit log
 * (the [type, createdAt] index serves the range scan). One grouped query, both databases.
 */
export async function activitySeries(days = 30, now = new Date()): Promise<ActivityPoint[]> {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - (days - 1)));
  const types = [...CONNECTED, ...FAILURES];
  const pg = databaseKind(getEnv().DATABASE_URL) === "postgresql";
  // SQLite stores DateTime as ISO-8601 text, so the day is its first 10 characters.
  const dayExpr = pg ? Prisma.sql`to_char("createdAt", 'YYYY-MM-DD')` : Prisma.sql`substr("createdAt", 1, 10)`;
  const rows = await getDb().$queryRaw<{ day: string; type: string; n: number | bigint }[]>(Prisma.sql`
    SELECT ${dayExpr} AS day, "type" AS type, COUNT(*) AS n
    FROM "AuditEvent"
    WHERE "type" IN (${Prisma.join(types)}) AND "createdAt" >= ${start}
    GROUP BY 1, 2`);

  const byDay = new Map<string, ActivityPoint>();
  for (let i = 0; i < days; i++) {
    const day = new Date(start.getTime() + i * 86_400_000).toISOString().slice(0, 10);
    byDay.set(day, { day, connected: 0, failures: 0 });
  }
  for (const r of rows) {
    const point = byDay.get(String(r.day));
    if (!point) continue;
    if (CONNECTED.includes(r.type)) point.connected += Number(r.n);
    else point.failures += Number(r.n);
  }
  return [...byDay.values()];
}
