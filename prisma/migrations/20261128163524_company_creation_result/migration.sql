-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CompanyCreation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "idempotencyKey" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "requestHash" TEXT NOT NULL,
    "remoteCompanyId" TEXT,
    "companyName" TEXT,
    "passwordEmailSent" BOOLEAN NOT NULL DEFAULT false,
    "connectionId" TEXT,
    "errorCode" TEXT,
    "createdBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_CompanyCreation" ("connectionId", "createdAt", "createdBy", "errorCode", "id", "idempotencyKey", "remoteCompanyId", "requestHash", "status", "updatedAt") SELECT "connectionId", "createdAt", "createdBy", "errorCode", "id", "idempotencyKey", "remoteCompanyId", "requestHash", "status", "updatedAt" FROM "CompanyCreation";
DROP TABLE "CompanyCreation";
ALTER TABLE "new_CompanyCreation" RENAME TO "CompanyCreation";
CREATE UNIQUE INDEX "CompanyCreation_idempotencyKey_key" ON "CompanyCreation"("idempotencyKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

