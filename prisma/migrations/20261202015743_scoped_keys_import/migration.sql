-- CreateTable
CREATE TABLE "ImportedToken" (
    "tokenHash" TEXT NOT NULL PRIMARY KEY,
    "connectionId" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ApiKey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "scopes" TEXT NOT NULL DEFAULT 'tokens:issue,connections:read,connections:write,proxy,webhooks:manage',
    "connectionExternalIdPrefix" TEXT,
    "createdBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME
);
INSERT INTO "new_ApiKey" ("createdAt", "createdBy", "id", "keyHash", "lastUsedAt", "name", "prefix", "revokedAt") SELECT "createdAt", "createdBy", "id", "keyHash", "lastUsedAt", "name", "prefix", "revokedAt" FROM "ApiKey";
DROP TABLE "ApiKey";
ALTER TABLE "new_ApiKey" RENAME TO "ApiKey";
CREATE UNIQUE INDEX "ApiKey_keyHash_key" ON "ApiKey"("keyHash");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ImportedToken_connectionId_idx" ON "ImportedToken"("connectionId");

