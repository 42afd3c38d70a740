-- AlterTable
ALTER TABLE "CompanyCreation" ADD COLUMN "createCompanyLinkId" TEXT;

-- AlterTable
ALTER TABLE "ConnectLink" ADD COLUMN "returnUrl" TEXT;

-- CreateTable
CREATE TABLE "CreateCompanyLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tokenHash" TEXT NOT NULL,
    "tokenEnc" TEXT,
    "externalId" TEXT NOT NULL,
    "returnUrl" TEXT,
    "prefill" TEXT,
    "lockOwnerEmail" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "createdBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "revokedAt" DATETIME,
    "connectionId" TEXT
);

-- CreateTable
CREATE TABLE "AppSetting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedBy" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "BrandAsset" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "contentType" TEXT NOT NULL,
    "dataBase64" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "updatedBy" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_PendingAuthorization" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "stateHash" TEXT NOT NULL,
    "browserHash" TEXT NOT NULL,
    "codeVerifierEnc" TEXT NOT NULL,
    "connectLinkId" TEXT,
    "returnTo" TEXT,
    "returnUrl" TEXT,
    "popup" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "consumedAt" DATETIME,
    "resultConnectionId" TEXT
);
INSERT INTO "new_PendingAuthorization" ("browserHash", "codeVerifierEnc", "connectLinkId", "consumedAt", "createdAt", "expiresAt", "id", "resultConnectionId", "returnTo", "stateHash") SELECT "browserHash", "codeVerifierEnc", "connectLinkId", "consumedAt", "createdAt", "expiresAt", "id", "resultConnectionId", "returnTo", "stateHash" FROM "PendingAuthorization";
DROP TABLE "PendingAuthorization";
ALTER TABLE "new_PendingAuthorization" RENAME TO "PendingAuthorization";
CREATE UNIQUE INDEX "PendingAuthorization_stateHash_key" ON "PendingAuthorization"("stateHash");
CREATE INDEX "PendingAuthorization_expiresAt_idx" ON "PendingAuthorization"("expiresAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "CreateCompanyLink_tokenHash_key" ON "CreateCompanyLink"("tokenHash");

-- CreateIndex
CREATE INDEX "CreateCompanyLink_createdAt_idx" ON "CreateCompanyLink"("createdAt");

-- CreateIndex
CREATE INDEX "CreateCompanyLink_externalId_idx" ON "CreateCompanyLink"("externalId");

