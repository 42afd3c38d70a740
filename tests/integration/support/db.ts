import { rmSync } from "node:fs";
import path from "node:path";
import { createDb, type Db } from "@/lib/db/client";
// @ts-expect-error plain ESM helper without types
import { migrate } from "../../../scripts/db/migrate.mjs";

const root = path.resolve(__dirname, "../../..");
const TABLES = ["AuditEvent", "ConnectLink", "Connection", "PartnerToken", "PendingAuthorization", "StaffUser", "ApiKey", "CompanyCreation", "RateLimitBucket"];

let migrated = false;

/** An empty, migrated database at DATABASE_URL (SQLite file or PostgreSQL), same as production. */
export async function freshDatabase(): Promise<Db> {
  const url = process.env.DATABASE_URL!;
  if (!migrated) {
    if (!url.startsWith("postgres")) {
      const file = path.resolve(root, url.replace(/^file:/, ""));
      for (const s of ["", "-wal", "-shm"]) rmSync(file + s, { force: true });
    }
    migrate(url);
    migrated = true;
  }
  const { getDb } = await import("@/lib/db");
  const db = getDb();
  for (const t of TABLES) await db.$executeRawUnsafe(`DELETE FROM "${t}"`);
  return db;
}

export { createDb };
