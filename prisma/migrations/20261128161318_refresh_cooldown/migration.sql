-- AlterTable
ALTER TABLE "Connection" ADD COLUMN "retryNotBefore" DATETIME;

-- AlterTable
ALTER TABLE "PartnerToken" ADD COLUMN "lastErrorAt" DATETIME;
ALTER TABLE "PartnerToken" ADD COLUMN "lastErrorCode" TEXT;
ALTER TABLE "PartnerToken" ADD COLUMN "lastErrorMessage" TEXT;
ALTER TABLE "PartnerToken" ADD COLUMN "retryNotBefore" DATETIME;

