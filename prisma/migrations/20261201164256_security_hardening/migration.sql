-- AlterTable
ALTER TABLE "Connection" ADD COLUMN "statusReason" TEXT;
ALTER TABLE "Connection" ADD COLUMN "tokenLifetimeSeconds" INTEGER;

-- AlterTable
ALTER TABLE "PendingAuthorization" ADD COLUMN "resultConnectionId" TEXT;

-- CreateTable
CREATE TABLE "ClientCircuit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "openUntil" DATETIME,
    "openedAt" DATETIME,
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "lastErrorCode" TEXT,
    "lastErrorMessage" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "StaffIdentity" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "issuer" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "staffUserId" TEXT NOT NULL,
    "email" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSignInAt" DATETIME,
    CONSTRAINT "StaffIdentity_staffUserId_fkey" FOREIGN KEY ("staffUserId") REFERENCES "StaffUser" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_PartnerToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accessTokenEnc" TEXT,
    "expiresAt" DATETIME,
    "leaseOwner" TEXT,
    "leaseExpiresAt" DATETIME,
    "tokenVersion" INTEGER NOT NULL DEFAULT 0,
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "tokenLifetimeSeconds" INTEGER,
    "retryNotBefore" DATETIME,
    "lastErrorCode" TEXT,
    "lastErrorMessage" TEXT,
    "lastErrorAt" DATETIME,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_PartnerToken" ("accessTokenEnc", "expiresAt", "id", "lastErrorAt", "lastErrorCode", "lastErrorMessage", "leaseExpiresAt", "leaseOwner", "retryNotBefore", "tokenVersion", "updatedAt") SELECT "accessTokenEnc", "expiresAt", "id", "lastErrorAt", "lastErrorCode", "lastErrorMessage", "leaseExpiresAt", "leaseOwner", "retryNotBefore", "tokenVersion", "updatedAt" FROM "PartnerToken";
DROP TABLE "PartnerToken";
ALTER TABLE "new_PartnerToken" RENAME TO "PartnerToken";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "StaffIdentity_staffUserId_idx" ON "StaffIdentity"("staffUserId");

-- CreateIndex
CREATE UNIQUE INDEX "StaffIdentity_issuer_subject_key" ON "StaffIdentity"("issuer", "subject");

