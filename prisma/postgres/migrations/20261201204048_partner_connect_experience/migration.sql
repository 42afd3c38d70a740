-- AlterTable
ALTER TABLE "CompanyCreation" ADD COLUMN     "createCompanyLinkId" TEXT;

-- AlterTable
ALTER TABLE "ConnectLink" ADD COLUMN     "returnUrl" TEXT;

-- AlterTable
ALTER TABLE "PendingAuthorization" ADD COLUMN     "popup" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "returnUrl" TEXT;

-- CreateTable
CREATE TABLE "CreateCompanyLink" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "tokenEnc" TEXT,
    "externalId" TEXT NOT NULL,
    "returnUrl" TEXT,
    "prefill" TEXT,
    "lockOwnerEmail" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "createdBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "connectionId" TEXT,

    CONSTRAINT "CreateCompanyLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppSetting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedBy" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AppSetting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "BrandAsset" (
    "id" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "dataBase64" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "updatedBy" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BrandAsset_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CreateCompanyLink_tokenHash_key" ON "CreateCompanyLink"("tokenHash");

-- CreateIndex
CREATE INDEX "CreateCompanyLink_createdAt_idx" ON "CreateCompanyLink"("createdAt");

-- CreateIndex
CREATE INDEX "CreateCompanyLink_externalId_idx" ON "CreateCompanyLink"("externalId");

