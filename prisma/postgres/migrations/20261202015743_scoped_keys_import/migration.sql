-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN     "connectionExternalIdPrefix" TEXT,
ADD COLUMN     "scopes" TEXT NOT NULL DEFAULT 'tokens:issue,connections:read,connections:write,proxy,webhooks:manage';

-- CreateTable
CREATE TABLE "ImportedToken" (
    "tokenHash" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportedToken_pkey" PRIMARY KEY ("tokenHash")
);

-- CreateIndex
CREATE INDEX "ImportedToken_connectionId_idx" ON "ImportedToken"("connectionId");

