import { createDb, type Db } from "@/lib/db/client";

const TABLES = ["ImportedToken", "RemoteEvent", "RemoteSubscription", "BrowserSession", "RemoteRateSlot", "RemoteRateBudget", "CreateCompanyLink", "AppSetting", "BrandAsset", "WebhookDelivery", "Event", "WebhookEndpoint", "JobLease", "AuditEvent", "ConnectLink", "Connection", "PartnerToken", "PendingAuthorization", "StaffIdentity", "StaffUser", "ApiKey", "CompanyCreation", "RateLimitBucket", "ClientCircuit"];

/** The shared test database (migrated once by global-setup, like production) with every table emptied. */
export async function freshDatabase(): Promise<Db> {
  const { getDb } = await import("@/lib/db");
  const db = getDb();
  for (const t of TABLES) await db.$executeRawUnsafe(`DELETE FROM "${t}"`);
  return db;
}

export { createDb };
