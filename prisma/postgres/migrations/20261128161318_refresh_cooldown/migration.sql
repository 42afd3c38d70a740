-- AlterTable
ALTER TABLE "Connection" ADD COLUMN     "retryNotBefore" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "PartnerToken" ADD COLUMN     "lastErrorAt" TIMESTAMP(3),
ADD COLUMN     "lastErrorCode" TEXT,
ADD COLUMN     "lastErrorMessage" TEXT,
ADD COLUMN     "retryNotBefore" TIMESTAMP(3);

